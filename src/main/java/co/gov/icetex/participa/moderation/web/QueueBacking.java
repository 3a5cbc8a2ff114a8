package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.moderation.application.QueueFilter;
import co.gov.icetex.participa.moderation.application.QueueRow;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The moderation queue: filters come from the URL (bookmarkable, shareable between colleagues), and
 * moderators assign the selected observations to an office in one step.
 */
@Named("queue")
@RequestScoped
public class QueueBacking {

  @Inject ObservationQueue observationQueue;
  @Inject CampaignDirectory campaignDirectory;
  @Inject ModerationService moderation;
  @Inject StaffChoices choices;

  private Long consultation;
  private String status;
  private Long office;
  private String dueBy;
  private String group;
  private String channel;
  private String text;
  private String sort;
  private int page;
  private Long assignTo;
  private Long campaign;
  private Map<String, CampaignDirectory.Summary> campaigns = Map.of();
  private ObservationQueue.Page result;

  public void load() {
    result = observationQueue.search(filter(), page);
    campaigns =
        campaignDirectory.campaignsOf(result.rows().stream().map(QueueRow::trackingCode).toList());
  }

  private QueueFilter filter() {
    return new QueueFilter(
        consultation,
        null,
        parse(ObservationStatus.class, status),
        office,
        date(dueBy),
        parse(StakeholderGroup.class, group),
        parse(Channel.class, channel),
        text,
        parse(QueueFilter.Sort.class, sort),
        campaign);
  }

  public void assignSelected() {
    String[] selected =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("sel");
    List<String> codes = selected == null ? List.of() : Arrays.asList(selected);
    if (assignTo == null) {
      Actions.error(Messages.get("moderation.error.officeRequired"));
    } else {
      Actions.run(() -> moderation.assign(codes, assignTo), "moderation.assigned", codes.size());
    }
    load();
  }

  public String pageLink(int target) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("consulta", consultation == null ? "" : consultation.toString());
    params.put("estado", status);
    params.put("dependencia", office == null ? "" : office.toString());
    params.put("vence", dueBy);
    params.put("grupo", group);
    params.put("canal", channel);
    params.put("q", text);
    params.put("orden", sort);
    params.put("campana", campaign == null ? "" : campaign.toString());
    params.put("pagina", Integer.toString(Math.max(0, target)));
    return "?"
        + params.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(
                            e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public List<Choice> getConsultations() {
    return choices.publishedConsultations();
  }

  public List<Choice> getOffices() {
    return choices.activeOffices();
  }

  public ObservationStatus[] getStatuses() {
    return ObservationStatus.values();
  }

  public StakeholderGroup[] getGroups() {
    return StakeholderGroup.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public QueueFilter.Sort[] getSorts() {
    return QueueFilter.Sort.values();
  }

  public ObservationQueue.Page getResult() {
    if (result == null) {
      load(); // a postback renders before (or without) the view action
    }
    return result;
  }

  /** The campaign the row's observation belongs to, or null. */
  public CampaignDirectory.Summary campaignOf(String trackingCode) {
    return campaigns.get(trackingCode);
  }

  public Long getCampaign() {
    return campaign;
  }

  public void setCampaign(Long campaign) {
    this.campaign = campaign;
  }

  public Long getConsultation() {
    return consultation;
  }

  public void setConsultation(Long consultation) {
    this.consultation = consultation;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getOffice() {
    return office;
  }

  public void setOffice(Long office) {
    this.office = office;
  }

  public String getDueBy() {
    return dueBy;
  }

  public void setDueBy(String dueBy) {
    this.dueBy = dueBy;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Long getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(Long assignTo) {
    this.assignTo = assignTo;
  }
}
