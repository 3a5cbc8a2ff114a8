package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.moderation.application.Registration;
import co.gov.icetex.participa.moderation.application.RegistrationService;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.web.ObservationForm;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.web.Actions;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Moderators type in an observation received by e-mail, letter, a regional meeting or the hearing
 * (form {@code reg}). The rules are {@link RegistrationService}'s; a refusal is shown on the fields
 * and in the page's error summary.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

  /** The stakeholder group's input keeps its short id, {@code group}, which checks post. */
  private static final Map<String, String> INPUT_FOR_FIELD = Map.of("stakeholderGroup", "group");

  @Inject RegistrationService registrations;
  @Inject StaffChoices choices;
  @Inject AppClock clock;

  private Long consultation;
  private Channel channel;
  private String receivedOn;
  private final ObservationForm form = new ObservationForm();

  public void save() {
    var registration =
        new Registration(consultation, channel, receivedDate(), form.toSubmission(null));
    String[] code = new String[1];
    if (Actions.runIn(
        "reg", INPUT_FOR_FIELD, () -> code[0] = registrations.register(registration), null)) {
      Pages.redirect("/admin/observaciones/ver.xhtml", Map.of("codigo", code[0]));
    }
  }

  /** The typed date; none when it is not one (the service then asks for it). */
  private LocalDate receivedDate() {
    try {
      return receivedOn == null || receivedOn.isBlank() ? null : LocalDate.parse(receivedOn);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public List<Choice> getConsultations() {
    return choices.publishedConsultations();
  }

  public List<Channel> getChannels() {
    return List.copyOf(Channel.REGISTERED_BY_STAFF);
  }

  public List<StakeholderGroup> getGroups() {
    return Arrays.asList(StakeholderGroup.values());
  }

  public List<Department> getDepartments() {
    return Department.byName();
  }

  public String getToday() {
    return clock.today().toString();
  }

  /** The citizen's data, typed as on the public form (the same class, the same rules). */
  public ObservationForm getForm() {
    return form;
  }

  public Long getConsultation() {
    return consultation;
  }

  public void setConsultation(Long consultation) {
    this.consultation = consultation;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }
}
