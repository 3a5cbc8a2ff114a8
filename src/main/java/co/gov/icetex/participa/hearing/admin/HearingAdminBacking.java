package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.hearing.application.MemoriaPublisher;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.MaterialKind;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.web.Actions;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Staff pages of the hearings: editors create one, add its agenda and materials and publish it;
 * approvers publish its memoria after it was held. Thin: every rule is in the services.
 */
@Named("hearingAdmin")
@ViewScoped
public class HearingAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HearingEditor editor;
  @Inject MemoriaPublisher memorias;
  @Inject OfficeDirectory offices;

  private Long id;

  // New hearing
  private String title;
  private String summary;
  private Integer year;
  private String startsAt;
  private String endsAt;
  private String place;
  private String streamUrl;
  private String office;
  private String questionsOpen;
  private String questionsClose;
  private Integer inPersonCapacity;
  private Integer onlineCapacity;

  // Agenda and materials
  private String agendaTime;
  private String agendaTitle;
  private String agendaSpeaker;
  private MaterialKind materialKind;
  private String materialTitle;
  private transient Part materialFile;

  // Windows
  private String registrationClosesAt;
  private String surveyClosesAt;

  // Memoria
  private String memoriaSummary;
  private String memoriaCommitments;

  public List<Hearing> getAll() {
    return editor.all();
  }

  public Hearing getHearing() {
    return id == null ? null : editor.find(id);
  }

  public void create() {
    Long[] created = new Long[1];
    if (Actions.run(() -> created[0] = editor.create(new HearingEditor.NewHearing(
        title, summary, year == null ? 0 : year, instant(startsAt), instant(endsAt), place, streamUrl, office,
        instant(questionsOpen), instant(questionsClose),
        inPersonCapacity == null ? -1 : inPersonCapacity, onlineCapacity == null ? -1 : onlineCapacity)), "hearing.admin.created")) {
      id = created[0];
    }
  }

  public void addAgendaItem() {
    if (Actions.run(() -> editor.addAgendaItem(id, agendaTime, agendaTitle, agendaSpeaker), "hearing.admin.agendaAdded")) {
      agendaTime = null;
      agendaTitle = null;
      agendaSpeaker = null;
    }
  }

  public void addMaterial() {
    byte[] content = read(materialFile);
    String fileName = materialFile == null ? null : materialFile.getSubmittedFileName();
    if (Actions.run(() -> editor.addMaterial(id, materialKind, materialTitle, fileName, content), "hearing.admin.materialAdded")) {
      materialTitle = null;
      materialKind = null;
    }
  }

  public void changeWindows() {
    Actions.run(() -> editor.changeWindows(id, inPersonCapacity == null ? -1 : inPersonCapacity,
        onlineCapacity == null ? -1 : onlineCapacity, instant(registrationClosesAt), instant(surveyClosesAt)),
        "hearing.admin.windowsChanged");
  }

  /** Fills the windows form with the hearing's current values, in Bogotá time. */
  public void loadWindows() {
    if (id != null && registrationClosesAt == null) {
      Hearing h = editor.find(id);
      inPersonCapacity = h.getInPersonCapacity();
      onlineCapacity = h.getOnlineCapacity();
      registrationClosesAt = local(h.getRegistrationClosesAt());
      surveyClosesAt = local(h.getSurveyClosesAt());
    }
  }

  private static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, AppClock.BOGOTA).withSecond(0).withNano(0).toString();
  }

  public void publish() {
    Actions.run(() -> editor.publish(id), "hearing.admin.published.done");
  }

  public void publishMemoria() {
    String slug = getHearing().getSlug();
    int[] number = new int[1];
    if (Actions.run(() -> number[0] = memorias.publish(slug, memoriaSummary, memoriaCommitments), null)) {
      Actions.run(() -> {}, "hearing.admin.memoriaPublished", number[0]);
    }
  }

  /** A datetime-local value ("2026-12-10T09:00"), in Bogotá time; null when empty or malformed. */
  private static Instant instant(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDateTime.parse(value).atZone(AppClock.BOGOTA).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) HearingEditor.MAX_MATERIAL_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> getOffices() {
    return offices.activeOffices().stream().map(Office::getName).toList();
  }

  public MaterialKind[] getMaterialKinds() {
    return MaterialKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(String endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getStreamUrl() {
    return streamUrl;
  }

  public void setStreamUrl(String streamUrl) {
    this.streamUrl = streamUrl;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getQuestionsOpen() {
    return questionsOpen;
  }

  public void setQuestionsOpen(String questionsOpen) {
    this.questionsOpen = questionsOpen;
  }

  public String getQuestionsClose() {
    return questionsClose;
  }

  public void setQuestionsClose(String questionsClose) {
    this.questionsClose = questionsClose;
  }

  public Integer getInPersonCapacity() {
    return inPersonCapacity;
  }

  public void setInPersonCapacity(Integer inPersonCapacity) {
    this.inPersonCapacity = inPersonCapacity;
  }

  public Integer getOnlineCapacity() {
    return onlineCapacity;
  }

  public void setOnlineCapacity(Integer onlineCapacity) {
    this.onlineCapacity = onlineCapacity;
  }

  public String getAgendaTime() {
    return agendaTime;
  }

  public void setAgendaTime(String agendaTime) {
    this.agendaTime = agendaTime;
  }

  public String getAgendaTitle() {
    return agendaTitle;
  }

  public void setAgendaTitle(String agendaTitle) {
    this.agendaTitle = agendaTitle;
  }

  public String getAgendaSpeaker() {
    return agendaSpeaker;
  }

  public void setAgendaSpeaker(String agendaSpeaker) {
    this.agendaSpeaker = agendaSpeaker;
  }

  public MaterialKind getMaterialKind() {
    return materialKind;
  }

  public void setMaterialKind(MaterialKind materialKind) {
    this.materialKind = materialKind;
  }

  public String getMaterialTitle() {
    return materialTitle;
  }

  public void setMaterialTitle(String materialTitle) {
    this.materialTitle = materialTitle;
  }

  public Part getMaterialFile() {
    return materialFile;
  }

  public void setMaterialFile(Part materialFile) {
    this.materialFile = materialFile;
  }

  public String getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public void setRegistrationClosesAt(String registrationClosesAt) {
    this.registrationClosesAt = registrationClosesAt;
  }

  public String getSurveyClosesAt() {
    return surveyClosesAt;
  }

  public void setSurveyClosesAt(String surveyClosesAt) {
    this.surveyClosesAt = surveyClosesAt;
  }

  public String getMemoriaSummary() {
    return memoriaSummary;
  }

  public void setMemoriaSummary(String memoriaSummary) {
    this.memoriaSummary = memoriaSummary;
  }

  public String getMemoriaCommitments() {
    return memoriaCommitments;
  }

  public void setMemoriaCommitments(String memoriaCommitments) {
    this.memoriaCommitments = memoriaCommitments;
  }
}
