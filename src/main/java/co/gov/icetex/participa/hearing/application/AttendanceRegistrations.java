package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.EmailConfirmation;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingRegistration;
import co.gov.icetex.participa.hearing.domain.RegistrationRequest;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.LinkSecrets;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Registrations to attend a hearing, confirmed by e-mail (double opt-in).
 *
 * <p>Sending the form creates or renews a registration that holds no seat and e-mails a
 * confirmation link to the address; following it takes the seat. So made-up addresses fill no
 * seats, and the page answers the same whether or not the address was registered already: what
 * differs goes to that address only (a link, or "you are already registered"), never to the
 * stranger who typed it. The e-mails carry nothing the sender wrote (not even the name), and count
 * against the address's daily quota. The hearing row is locked while seats are counted at
 * confirmation, so two people on two instances never take the last seat together.
 */
@ApplicationScoped
public class AttendanceRegistrations {

  static final String MAIL_LINK = "HEARING_REGISTRATION_LINK";
  static final String MAIL_ALREADY = "HEARING_REGISTRATION_ALREADY";
  static final String MAIL_CONFIRMED = "HEARING_REGISTRATION";
  private static final String PURPOSE = "hearing-registration";

  @PersistenceContext EntityManager em;
  @Inject CommandValidator validator;
  @Inject AppClock clock;
  @Inject Outbox outbox;
  @Inject HearingForms forms;
  @Inject HearingLinks links;

  /** What the confirmation page shows. */
  public record Confirmation(Hearing hearing, AttendanceMode mode) {}

  /**
   * Takes a registration request and e-mails the address what to do next. Refuses ({@link Refusal})
   * invalid fields, a closed registration, a mode already full, and a client over its limit; a
   * replayed form does nothing.
   */
  @Transactional
  public void request(String hearingSlug, RegistrationRequest request, HearingForms.Sender sender) {
    validator.check(request);
    Hearing hearing = published(hearingSlug, LockModeType.NONE);
    Instant now = clock.now();
    if (!hearing.acceptsRegistrationsAt(now)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.registration.error.closed");
    }
    if (!forms.admit(sender, PURPOSE)) {
      return; // the same form posted again: answered as the first time
    }
    String email = request.email().toLowerCase(Locale.ROOT);
    Optional<HearingRegistration> existing =
        em.createNamedQuery(HearingRegistration.FIND_BY_EMAIL, HearingRegistration.class)
            .setParameter("hearing", hearing)
            .setParameter("email", email)
            .getResultStream()
            .findFirst();
    if (existing.isPresent() && existing.get().isConfirmed()) {
      outbox.enqueueToUnverified(
          MAIL_ALREADY,
          "reg-" + existing.get().getId(),
          email,
          Messages.get("hearing.mail.already.subject", hearing.getTitle()),
          Messages.get(
              "hearing.mail.already.body",
              hearing.getTitle(),
              DateFormats.dateTime(hearing.getStartsAt()),
              links.calendar(hearing),
              links.page(hearing)));
      return;
    }
    requireSeat(hearing, request.mode());
    String secret = LinkSecrets.newSecret();
    HearingRegistration registration;
    if (existing.isPresent()) {
      registration = existing.get();
      registration.renew(request, LinkSecrets.hashOf(secret), now);
    } else {
      registration = new HearingRegistration(hearing, request, LinkSecrets.hashOf(secret), now);
      em.persist(registration);
    }
    em.flush();
    outbox.enqueueToUnverified(
        MAIL_LINK,
        "reg-" + registration.getId() + "-" + now.toEpochMilli(),
        email,
        Messages.get("hearing.mail.link.subject", hearing.getTitle()),
        Messages.get(
            "hearing.mail.link.body",
            hearing.getTitle(),
            DateFormats.dateTime(hearing.getStartsAt()),
            Messages.get("AttendanceMode." + request.mode()),
            links.confirmation("inscripcion", secret),
            DateFormats.dateTime(now.plus(EmailConfirmation.LINK_LIFETIME)),
            links.page(hearing)));
  }

  /** The registration a confirmation link names, while the link works. */
  @Transactional
  public Optional<Confirmation> pending(String secret) {
    Instant now = clock.now();
    return bySecret(secret)
        .filter(r -> r.confirmationLinkWorksAt(now))
        .map(r -> new Confirmation(r.getHearing(), r.getMode()));
  }

  /**
   * Follows a confirmation link: the registration takes its seat (once; following it again changes
   * nothing). Refused when the link does not work, registration has closed, or the mode is full.
   */
  @Transactional
  public Confirmation confirm(String secret) {
    Instant now = clock.now();
    HearingRegistration registration =
        bySecret(secret)
            .filter(r -> r.confirmationLinkWorksAt(now))
            .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "hearing.confirm.error.link"));
    Hearing hearing =
        published(registration.getHearing().getSlug(), LockModeType.PESSIMISTIC_WRITE);
    if (!registration.isConfirmed()) {
      if (!hearing.acceptsRegistrationsAt(now)) {
        throw Refusal.of(Reason.CONFLICT, "hearing.registration.error.closed");
      }
      requireSeat(hearing, registration.getMode());
      registration.confirm(now);
      outbox.enqueue(
          MAIL_CONFIRMED,
          "reg-" + registration.getId(),
          registration.getEmail(),
          Messages.get("hearing.mail.subject", hearing.getTitle()),
          Messages.get(
              "hearing.mail.body",
              hearing.getTitle(),
              DateFormats.dateTime(hearing.getStartsAt()),
              Messages.get("AttendanceMode." + registration.getMode()),
              hearing.getPlace() == null ? "" : hearing.getPlace(),
              hearing.getStreamUrl() == null ? "" : hearing.getStreamUrl(),
              links.calendar(hearing),
              links.page(hearing)));
    }
    return new Confirmation(hearing, registration.getMode());
  }

  private void requireSeat(Hearing hearing, AttendanceMode mode) {
    long taken =
        em.createNamedQuery(HearingRegistration.COUNT_CONFIRMED, Long.class)
            .setParameter("hearing", hearing)
            .setParameter("mode", mode)
            .getSingleResult();
    if (taken >= hearing.capacityFor(mode)) {
      throw Refusal.of(
          Reason.CONFLICT,
          "hearing.registration.error.full",
          Messages.get("AttendanceMode." + mode));
    }
  }

  private Optional<HearingRegistration> bySecret(String secret) {
    if (!LinkSecrets.isWellFormed(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(HearingRegistration.FIND_BY_CONFIRMATION, HearingRegistration.class)
        .setParameter("hash", LinkSecrets.hashOf(secret))
        .getResultStream()
        .findFirst();
  }

  private Hearing published(String slug, LockModeType lock) {
    return em.createNamedQuery(Hearing.FIND_PUBLISHED, Hearing.class)
        .setParameter("slug", slug)
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "hearing.error.notFound"));
  }
}
