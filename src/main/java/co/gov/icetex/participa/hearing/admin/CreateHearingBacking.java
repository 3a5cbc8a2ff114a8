package co.gov.icetex.participa.hearing.admin;

import static co.gov.icetex.participa.hearing.admin.HearingAdminBacking.bogota;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/**
 * The form that creates a hearing (form id {@code create}); the page then shows the new hearing.
 */
@Named("createHearing")
@RequestScoped
public class CreateHearingBacking {

  @Inject HearingAdminBacking page;
  @Inject HearingEditor editor;

  private String title;
  private String summary;
  private Integer year;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;
  private String streamUrl;
  private Integer inPerson;
  private Integer online;
  private String office;
  private LocalDateTime questionsOpen;
  private LocalDateTime questionsClose;

  public void create() {
    var data =
        new HearingEditor.NewHearing(
            title,
            summary,
            year == null ? 0 : year,
            bogota(startsAt),
            bogota(endsAt),
            place,
            streamUrl,
            office,
            bogota(questionsOpen),
            bogota(questionsClose),
            inPerson == null ? -1 : inPerson,
            online == null ? -1 : online);
    long[] created = new long[1];
    if (Actions.runIn("create", () -> created[0] = editor.create(data), "hearing.admin.created")) {
      page.setId(created[0]);
    }
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

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
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

  public Integer getInPerson() {
    return inPerson;
  }

  public void setInPerson(Integer inPerson) {
    this.inPerson = inPerson;
  }

  public Integer getOnline() {
    return online;
  }

  public void setOnline(Integer online) {
    this.online = online;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public LocalDateTime getQuestionsOpen() {
    return questionsOpen;
  }

  public void setQuestionsOpen(LocalDateTime questionsOpen) {
    this.questionsOpen = questionsOpen;
  }

  public LocalDateTime getQuestionsClose() {
    return questionsClose;
  }

  public void setQuestionsClose(LocalDateTime questionsClose) {
    this.questionsClose = questionsClose;
  }
}
