package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingRegistration;
import co.gov.icetex.participa.hearing.domain.RegistrationRequest;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.FieldErrors;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.RuleViolation;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Registrations to attend a hearing. The hearing row is locked while the capacity is counted, so two
 * people on two instances can never take the last seat together; the unique key (hearing, e-mail)
 * refuses a second registration of the same person. The confirmation e-mail is queued in the same
 * transaction and links to the calendar file (.ics).
 */
@ApplicationScoped
public class AttendanceRegistrations {

  static final String MAIL_KIND = "HEARING_REGISTRATION";

  @PersistenceContext EntityManager em;
  @Inject Validator validator;
  @Inject AppClock clock;
  @Inject Outbox outbox;
  @Inject Settings settings;

  /** Thrown with the Spanish messages of each invalid field. */
  public static class InvalidRegistration extends RuntimeException {
    private final transient FieldErrors errors;

    InvalidRegistration(FieldErrors errors) {
      super(errors.toString());
      this.errors = errors;
    }

    public FieldErrors errors() {
      return errors;
    }
  }

  @Transactional
  public HearingRegistration register(String hearingSlug, RegistrationRequest request) {
    FieldErrors errors = FieldErrors.of(validator.validate(request));
    if (!errors.isEmpty()) {
      throw new InvalidRegistration(errors);
    }
    Hearing hearing =
        em.createNamedQuery(Hearing.FIND_PUBLISHED, Hearing.class)
            .setParameter("slug", hearingSlug)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RuleViolation("hearing.error.notFound"));
    var now = clock.now();
    if (!hearing.acceptsRegistrationsAt(now)) {
      throw new RuleViolation("hearing.registration.error.closed");
    }
    String email = request.email().toLowerCase(Locale.ROOT);
    long already =
        em.createQuery("SELECT COUNT(r) FROM HearingRegistration r WHERE r.hearing = :h AND r.email = :e", Long.class)
            .setParameter("h", hearing)
            .setParameter("e", email)
            .getSingleResult();
    if (already > 0) {
      throw new RuleViolation("hearing.registration.error.duplicate");
    }
    long taken =
        em.createQuery("SELECT COUNT(r) FROM HearingRegistration r WHERE r.hearing = :h AND r.mode = :m", Long.class)
            .setParameter("h", hearing)
            .setParameter("m", request.mode())
            .getSingleResult();
    if (taken >= hearing.capacityFor(request.mode())) {
      throw new RuleViolation("hearing.registration.error.full", Messages.get("AttendanceMode." + request.mode()));
    }
    var registration = new HearingRegistration(hearing, request, now);
    em.persist(registration);
    em.flush();
    outbox.enqueue(
        MAIL_KIND,
        "reg-" + registration.getId(),
        registration.getEmail(),
        Messages.get("hearing.mail.subject", hearing.getTitle()),
        Messages.get(
            "hearing.mail.body",
            registration.getFullName(),
            hearing.getTitle(),
            DateFormats.dateTime(hearing.getStartsAt()),
            Messages.get("AttendanceMode." + registration.getMode()),
            hearing.getPlace() == null ? "" : hearing.getPlace(),
            hearing.getStreamUrl() == null ? "" : hearing.getStreamUrl(),
            settings.baseUrl() + "/audiencia/calendario.ics?h=" + URLEncoder.encode(hearing.getSlug(), StandardCharsets.UTF_8),
            settings.baseUrl() + "/audiencia?h=" + URLEncoder.encode(hearing.getSlug(), StandardCharsets.UTF_8)));
    return registration;
  }
}
