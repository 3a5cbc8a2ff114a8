package co.gov.icetex.participa.hearing.admin;

import static co.gov.icetex.participa.hearing.admin.HearingAdminBacking.bogota;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/**
 * The form that changes the capacities and when registration and the survey close (form id {@code
 * windows}). It opens with the hearing's current values, in Bogotá time.
 */
@Named("windowsForm")
@RequestScoped
public class WindowsBacking {

  @Inject HearingAdminBacking page;
  @Inject HearingEditor editor;

  private Integer inPerson;
  private Integer online;
  private LocalDateTime registrationClosesAt;
  private LocalDateTime surveyClosesAt;
  private boolean filled;

  public void save() {
    filled = true;
    Actions.runIn(
        "windows",
        () ->
            editor.changeWindows(
                page.getId(),
                inPerson == null ? -1 : inPerson,
                online == null ? -1 : online,
                bogota(registrationClosesAt),
                bogota(surveyClosesAt)),
        "hearing.admin.windowsChanged");
  }

  /** The hearing's values, unless the person already sent theirs. */
  private void fill() {
    if (filled || page.getId() == null) {
      return;
    }
    filled = true;
    Hearing h = page.getHearing();
    inPerson = h.getInPersonCapacity();
    online = h.getOnlineCapacity();
    registrationClosesAt = bogota(h.getRegistrationClosesAt());
    surveyClosesAt = bogota(h.getSurveyClosesAt());
  }

  public Integer getInPerson() {
    fill();
    return inPerson;
  }

  public void setInPerson(Integer inPerson) {
    filled = true;
    this.inPerson = inPerson;
  }

  public Integer getOnline() {
    fill();
    return online;
  }

  public void setOnline(Integer online) {
    filled = true;
    this.online = online;
  }

  public LocalDateTime getRegistrationClosesAt() {
    fill();
    return registrationClosesAt;
  }

  public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
    filled = true;
    this.registrationClosesAt = registrationClosesAt;
  }

  public LocalDateTime getSurveyClosesAt() {
    fill();
    return surveyClosesAt;
  }

  public void setSurveyClosesAt(LocalDateTime surveyClosesAt) {
    filled = true;
    this.surveyClosesAt = surveyClosesAt;
  }
}
