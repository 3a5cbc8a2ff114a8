package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.application.TrackingCodeAllocator;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Moderators type in observations received by e-mail, letter, regional meetings or the hearing, so
 * that every observation, whatever its channel, is answered and reported the same way.
 */
@ApplicationScoped
@RequiresRole(Roles.MODERATOR)
public class RegistrationService {

  @Inject CommandValidator validator;
  @Inject TrackingCodeAllocator codes;
  @Inject RegistrationRecorder recorder;
  @Inject AppClock clock;

  /** Returns the tracking code of the registered observation. */
  public String register(Registration registration) {
    validate(registration).throwIfAny();
    // Numbered before the transaction, as citizens' observations are (one connection at a time).
    TrackingCode code = codes.next(clock.today().getYear());
    return recorder.save(code, registration);
  }

  private Violations validate(Registration r) {
    var submission = r.submission();
    boolean noEmail = submission.email() == null || submission.email().isBlank();
    var errors = validator.violationsOf(submission);
    if (noEmail) {
      errors.dismiss("email"); // optional here, but when given it must be a valid address
    }
    if (r.consultationId() == null) {
      errors.add("consultation", "moderation.register.error.consultation");
    }
    if (r.channel() == null || !Channel.REGISTERED_BY_STAFF.contains(r.channel())) {
      errors.add("channel", "moderation.register.error.channel");
    }
    if (r.receivedOn() == null) {
      errors.add("receivedOn", "moderation.register.error.receivedOn");
    } else if (r.receivedOn().isAfter(clock.today())) {
      errors.add("receivedOn", "moderation.register.error.future");
    }
    return errors;
  }
}
