package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.AttendanceRegistrations;
import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.RegistrationRequest;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The registration form of the hearing page (form id {@code reg}). Every refusal, field by field or
 * about the request (closed, full, a forged or over-limit post), is shown by {@link FormErrors} in
 * the form's own summary, first in the page.
 */
@Named("registration")
@RequestScoped
public class RegistrationBacking {

  /** The form's input for each field of {@link RegistrationRequest} named otherwise. */
  private static final Map<String, String> INPUTS = Map.of("stakeholderGroup", "group");

  @Inject HearingPageBacking page;
  @Inject AttendanceRegistrations registrations;
  @Inject FormErrors formErrors;

  private String fullName;
  private String email;
  private AttendanceMode mode;
  private StakeholderGroup group;
  private Department department;
  private boolean consent;
  private boolean registered;

  public void register() {
    var sender = page.sender();
    if (sender.isEmpty()) {
      formErrors.show("reg", Refusal.of(Reason.BAD_REQUEST, "hearing.error.forged"));
      return;
    }
    var request = new RegistrationRequest(fullName, email, mode, group, department, consent);
    try {
      registrations.request(page.hearing().getSlug(), request, sender.get());
      registered = true;
    } catch (Refusal refused) {
      formErrors.show("reg", refused, INPUTS);
    }
  }

  public boolean isRegistered() {
    return registered;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public AttendanceMode getMode() {
    return mode;
  }

  public void setMode(AttendanceMode mode) {
    this.mode = mode;
  }

  public StakeholderGroup getGroup() {
    return group;
  }

  public void setGroup(StakeholderGroup group) {
    this.group = group;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
