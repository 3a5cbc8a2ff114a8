package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.moderation.application.QueueFilter;
import co.gov.icetex.participa.moderation.application.QueueRow;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.paging.Paged;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The observation queue: it opens on what needs the signed-in person's action; the filters come
 * from the URL ({@link QueueParams}: bookmarkable, shareable between colleagues). The bulk
 * assignment form is {@link BulkAssignBacking}.
 */
@Named("queue")
@RequestScoped
public class QueueBacking {

  @Inject ObservationQueue observationQueue;
  @Inject CampaignDirectory campaignDirectory;
  @Inject StaffChoices choices;
  @Inject QueueParams params;

  private Map<String, CampaignDirectory.Summary> campaigns = Map.of();
  private Paged<QueueRow> result;

  public void load() {
    result = observationQueue.search(params.filter(), params.getPage());
    campaigns =
        campaignDirectory.campaignsOf(result.items().stream().map(QueueRow::trackingCode).toList());
  }

  public Paged<QueueRow> getResult() {
    if (result == null) {
      load(); // a postback renders before (or without) the view action
    }
    return result;
  }

  /** The campaign the row's observation belongs to, or null. */
  public CampaignDirectory.Summary campaignOf(String trackingCode) {
    return campaigns.get(trackingCode);
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

  public QueueParams getParams() {
    return params;
  }
}
