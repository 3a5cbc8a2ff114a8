package co.gov.icetex.participa.privacy.application;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import co.gov.icetex.participa.hearing.domain.HearingRegistration;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.privacy.application.PersonalDataHoldings.HeldObservation;
import co.gov.icetex.participa.privacy.application.PersonalDataHoldings.HeldRegistration;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Signer;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violations;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A holder's requests about their personal data, answered by an administrator: what the portal
 * keeps about an e-mail address, and its suppression. Suppression is all or nothing and cannot be
 * undone; the audit trail records who did it, when, under which request reference and what it
 * touched, but never the address itself (only a keyed hash, so a repeated request can be
 * recognised).
 */
@ApplicationScoped
@RequiresRole(Roles.ADMIN)
public class PersonalDataRequests {

  public static final String FIELD_EMAIL = "email";
  public static final String FIELD_REFERENCE = "reference";
  public static final String FIELD_CONFIRM = "confirm";
  public static final int MAX_REFERENCE = 100;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject AlertSubscriptions alerts;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject Signer signer;
  @Inject AppClock clock;

  /** What the portal keeps about {@code email}; looking is itself recorded. */
  @Transactional
  public PersonalDataHoldings find(String email) {
    Violations errors = Violations.none();
    String address = checkedEmail(email, errors);
    errors.throwIfAny();
    PersonalDataHoldings held =
        holdings(address, observationsOf(address), registrationsOf(address));
    audit.record(
        caller.name(),
        "PERSONAL_DATA_CONSULTED",
        "DataSubject",
        subject(address),
        null,
        figures(held).build().toString());
    return held;
  }

  /**
   * Suppresses what the portal keeps about {@code email}: the author's name, e-mail and attachment
   * of their observations (the texts stay in the consultations' public record), their hearing
   * registrations' name and e-mail, their alert subscriptions (deleted) and their e-mails in the
   * outbox. Returns what was suppressed.
   */
  @Transactional
  public PersonalDataHoldings suppress(String email, String reference, boolean confirmed) {
    Violations errors = Violations.none();
    String address = checkedEmail(email, errors);
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty() || ref.length() > MAX_REFERENCE) {
      errors.add(FIELD_REFERENCE, "privacy.error.reference", MAX_REFERENCE);
    }
    if (!confirmed) {
      errors.add(FIELD_CONFIRM, "privacy.error.confirm");
    }
    errors.throwIfAny();
    List<Observation> observations = observationsOf(address);
    List<HearingRegistration> registrations = registrationsOf(address);
    PersonalDataHoldings held = holdings(address, observations, registrations);
    if (held.isEmpty()) {
      throw Refusal.invalid(FIELD_EMAIL, "privacy.error.nothingHeld");
    }
    Instant now = clock.now();
    observations.forEach(o -> o.suppressPersonalData(now));
    registrations.forEach(r -> r.suppressPersonalData(now));
    alerts.forget(address);
    outbox.forgetRecipient(address);
    var before =
        figures(held)
            .add(
                "trackingCodes",
                Json.createArrayBuilder(
                    held.observations().stream().map(HeldObservation::trackingCode).toList()));
    audit.record(
        caller.name(),
        "PERSONAL_DATA_SUPPRESSED",
        "DataSubject",
        subject(address),
        before.build().toString(),
        Json.createObjectBuilder().add("reference", ref).build().toString());
    return held;
  }

  private PersonalDataHoldings holdings(
      String address, List<Observation> observed, List<HearingRegistration> registered) {
    List<HeldObservation> observations =
        observed.stream()
            .map(
                o ->
                    new HeldObservation(
                        o.getTrackingCode(),
                        o.getConsultation().getTitle(),
                        o.getAuthorName(),
                        o.getReceivedAt(),
                        o.publicAuthorName() != null,
                        o.getAttachment() != null))
            .toList();
    List<HeldRegistration> registrations =
        registered.stream()
            .map(
                r ->
                    new HeldRegistration(
                        r.getId(), r.getHearing().getTitle(), r.getFullName(), r.getCreatedAt()))
            .toList();
    long mails =
        em.createQuery(
                "SELECT COUNT(m) FROM OutboxMessage m WHERE LOWER(m.recipient) = :address",
                Long.class)
            .setParameter("address", address)
            .getSingleResult();
    return new PersonalDataHoldings(observations, registrations, alerts.heldBy(address), mails);
  }

  private List<Observation> observationsOf(String address) {
    return em.createQuery(
            "SELECT o FROM Observation o JOIN FETCH o.consultation WHERE LOWER(o.email) = :address ORDER BY o.receivedAt",
            Observation.class)
        .setParameter("address", address)
        .getResultList();
  }

  private List<HearingRegistration> registrationsOf(String address) {
    return em.createQuery(
            "SELECT r FROM HearingRegistration r JOIN FETCH r.hearing WHERE r.email = :address ORDER BY r.createdAt",
            HearingRegistration.class)
        .setParameter("address", address)
        .getResultList();
  }

  /** The address as stored (trimmed, lower case); a malformed one is added to {@code errors}. */
  private static String checkedEmail(String email, Violations errors) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      errors.add(FIELD_EMAIL, "privacy.error.email");
    }
    return address;
  }

  private static jakarta.json.JsonObjectBuilder figures(PersonalDataHoldings held) {
    return Json.createObjectBuilder()
        .add("observations", held.observations().size())
        .add("registrations", held.registrations().size())
        .add("alertSubscriptions", held.subscriptions().size())
        .add("mails", held.mails());
  }

  /** The holder as the audit trail names them: a keyed hash of the address, never the address. */
  private String subject(String address) {
    return signer.sign("data-subject", address);
  }
}
