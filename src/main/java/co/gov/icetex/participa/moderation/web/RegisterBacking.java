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
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
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
 * Moderators type in an observation received by e-mail, letter, a regional meeting or the hearing.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

  @Inject RegistrationService registrations;
  @Inject StaffChoices choices;
  @Inject AppClock clock;

  private Long consultation;
  private Channel channel;
  private String receivedOn;
  private final ObservationForm form = new ObservationForm();
  private Map<String, String> errors = Map.of();

  public void save() {
    LocalDate date;
    try {
      date = receivedOn == null || receivedOn.isBlank() ? null : LocalDate.parse(receivedOn);
    } catch (DateTimeParseException e) {
      date = null;
    }
    var submission = form.toSubmission(null);
    var registration = new Registration(consultation, channel, date, submission);
    String[] code = new String[1];
    try {
      boolean done = Actions.run(() -> code[0] = registrations.register(registration), null);
      if (done) {
        Pages.redirect("/admin/observaciones/ver.xhtml", Map.of("codigo", code[0]));
      }
    } catch (Refusal refused) {
      // Until this page uses pa:input and FormErrors, its errors stay a map by field.
      errors = new java.util.LinkedHashMap<>();
      for (Violation v : refused.violations()) {
        errors.put(v.field(), v.message());
      }
      Actions.error(String.join(" ", errors.values()));
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

  public Map<String, String> getErrors() {
    return errors;
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
