package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationDocument;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.InstantConverter;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Saves one observation in one transaction, after the rules that need the database: it is not a
 * repeat of an earlier submission, the consultation is open, the part is one of its parts. The
 * sender's hourly limit is checked before ({@link #admit}), with the window and the part, so that a
 * refused sender costs no file inspection and no tracking number. The receipt e-mail is queued in
 * the same transaction (see {@link ObservationSubmitted}), so both are saved or neither.
 */
@ApplicationScoped
class ObservationRecorder {

  @PersistenceContext EntityManager em;
  @Inject ConsultationCatalog catalog;
  @Inject AppClock clock;
  @Inject Settings settings;
  @Inject AnswerDeadlines deadlines;
  @Inject Event<ObservationSubmitted> submitted;

  @Transactional
  SubmissionReceipt record(
      TrackingCode code,
      String consultationSlug,
      ObservationSubmission submission,
      AttachmentType attachmentType,
      SubmissionContext context) {
    // A repeat was answered before this (ObservationService); a twin racing this one is stopped by
    // the
    // idempotency key's unique index at the flush, and answered with the winner's receipt.
    Instant now = clock.now();
    Consultation consultation =
        catalog
            .published(consultationSlug)
            .orElseThrow(() -> refused(Reason.NOT_FOUND, "validation.consultation.notFound"));
    if (!consultation.acceptsObservationsAt(now)) {
      throw refused(Reason.CONFLICT, "validation.consultation.notOpen", consultation.getTitle());
    }
    ConsultationPart part = partOf(consultation, submission.partId());

    var observation =
        new Observation(
            code,
            consultation,
            part,
            submission,
            context.channel(),
            now,
            deadlines.dueDateFor(now));
    observation.identifySubmission(context.idempotencyKey(), context.clientKey());
    if (attachmentType != null) {
      observation.attach(attachmentType, context.attachment());
    }
    em.persist(observation);
    em.flush();
    submitted.fire(new ObservationSubmitted(observation.getId(), observation.getTrackingCode()));
    return SubmissionReceipt.of(observation, false);
  }

  /**
   * The receipt of an earlier submission with the same idempotency key if there was one; otherwise
   * the checks that refuse most hostile traffic, from the cached document and one indexed count:
   * the consultation is published and open, the part is one of its parts, the sender is under its
   * hourly limit. {@link #record} checks the window and the part again, authoritatively, as it
   * saves. One transaction for both: a second one cost every submission its round trips (begin,
   * commit, the connection's autocommit back and forth).
   */
  @Transactional
  Optional<SubmissionReceipt> admit(
      String idempotencyKey, String consultationSlug, Long partId, String clientKey) {
    Optional<SubmissionReceipt> earlier = earlierReceipt(idempotencyKey);
    if (earlier.isPresent()) {
      return earlier;
    }
    Instant now = clock.now();
    ConsultationDocument document =
        catalog
            .document(consultationSlug)
            .orElseThrow(() -> refused(Reason.NOT_FOUND, "validation.consultation.notFound"));
    if (!document.summary().isOpen()) {
      throw refused(Reason.CONFLICT, "validation.consultation.notOpen", document.summary().title());
    }
    if (partId != null && document.parts().stream().noneMatch(p -> p.id().equals(partId))) {
      throw Refusal.invalid("partId", "validation.part.notInConsultation");
    }
    checkRate(clientKey, now);
    return Optional.empty();
  }

  /** The receipt of an earlier submission with the same idempotency key, if there was one. */
  @Transactional
  Optional<SubmissionReceipt> earlierReceipt(String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Observation.FIND_BY_IDEMPOTENCY_KEY, Observation.class)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst()
        .map(o -> SubmissionReceipt.of(o, true));
  }

  private ConsultationPart partOf(Consultation consultation, Long partId) {
    if (partId == null) {
      return null;
    }
    ConsultationPart part = em.find(ConsultationPart.class, partId);
    if (part == null || !part.getConsultation().getId().equals(consultation.getId())) {
      throw Refusal.invalid("partId", "validation.part.notInConsultation");
    }
    return part;
  }

  /**
   * Counts the sender's observations of the last hour, stopping at the limit: under a flood from
   * one address the check costs at most the limit's rows, however many were sent.
   */
  private void checkRate(String clientKey, Instant now) {
    if (clientKey == null) {
      return;
    }
    int limit = settings.observationsPerHourPerAddress();
    Number recent =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM observation WHERE client_key = ? AND received_at >= ? "
                        + "LIMIT ?) recent")
                .setParameter(1, clientKey)
                .setParameter(2, InstantConverter.utc(now.minus(Duration.ofHours(1))))
                .setParameter(3, limit)
                .getSingleResult();
    if (recent.longValue() >= limit) {
      throw refused(Reason.TOO_MANY_REQUESTS, "validation.rateLimited");
    }
  }

  private static Refusal refused(Reason reason, String key, Object... args) {
    return Refusal.of(reason, key, args);
  }
}
