package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.AttendanceRegistrations;
import co.gov.icetex.participa.hearing.application.AttendanceRegistrations.Confirmation;
import co.gov.icetex.participa.shared.web.LinkConfirmationBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The page a registration's confirmation link opens; the person presses the button to take the
 * seat.
 */
@Named("confirmRegistration")
@RequestScoped
public class ConfirmRegistrationBacking extends LinkConfirmationBacking<Confirmation> {

  @Inject AttendanceRegistrations registrations;

  @Override
  protected Optional<Confirmation> pendingFor(String secret) {
    return registrations.pending(secret);
  }

  @Override
  protected Confirmation confirmFor(String secret) {
    return registrations.confirm(secret);
  }

  @Override
  protected String deadLinkKey() {
    return "hearing.confirm.error.link";
  }
}
