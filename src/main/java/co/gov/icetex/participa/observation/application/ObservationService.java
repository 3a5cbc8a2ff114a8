package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.application.SubmissionRefused.Reason;
import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way observations come in, from the form and the API alike. A receipt is returned only after
 * the observation is committed. A submission that repeats an earlier one (same idempotency key) returns
 * the earlier receipt, also when both arrive at the same moment on different instances: the database's
 * unique key decides, and the loser reads the winner's observation.
 */
@ApplicationScoped
public class ObservationService {

  private static final Logger LOG = Logger.getLogger(ObservationService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ObservationRecorder recorder;
  @Inject ObservationFinder finder;
  @Inject TrackingCodeAllocator codes;
  @Inject AppClock clock;
  @Inject Validator validator;

  public SubmissionReceipt submit(
      String consultationSlug, ObservationSubmission submission, SubmissionContext context) {
    if (context.looksAutomated()) {
      throw new SubmissionRefused(
          Reason.SUSPECTED_AUTOMATION, FieldErrors.of(FieldErrors.GLOBAL, "validation.automated"));
    }
    FieldErrors errors = FieldErrors.of(validator.validate(submission));
    AttachmentType attachmentType = checkAttachment(context.attachment(), errors);
    if (!errors.isEmpty()) {
      throw new SubmissionRefused(Reason.INVALID, errors);
    }
    // Numbered before the transaction, which then needs only one database connection.
    TrackingCode code = codes.next(LocalDate.ofInstant(clock.now(), AppClock.BOGOTA).getYear());
    try {
      return recorder.record(code, consultationSlug, submission, attachmentType, context);
    } catch (SubmissionRefused refused) {
      throw refused;
    } catch (RuntimeException e) {
      // A concurrent twin with the same key committed first: answer with its receipt.
      Optional<SubmissionReceipt> twin = recorder.earlierReceipt(context.idempotencyKey());
      if (twin.isPresent()) {
        LOG.log(Level.FINE, "Concurrent repeat of a submission answered with the first one", e);
        return twin.get();
      }
      throw e;
    }
  }

  /** Checks type by content and name, and size; returns the type, or null when nothing is attached. */
  static AttachmentType checkAttachment(AttachmentUpload upload, FieldErrors errors) {
    if (upload == null || upload.size() == 0) {
      return null;
    }
    if (upload.size() > AttachmentType.MAX_BYTES) {
      errors.add("attachment", "validation.attachment.tooLarge");
      return null;
    }
    Optional<AttachmentType> named = AttachmentType.byFileName(upload.fileName());
    Optional<AttachmentType> actual = AttachmentType.byContent(upload.content());
    if (named.isEmpty()) {
      errors.add("attachment", "validation.attachment.typeNotAllowed");
      return null;
    }
    if (actual.isEmpty() || actual.get() != named.get()) {
      errors.add("attachment", "validation.attachment.contentMismatch");
      return null;
    }
    return actual.get();
  }

  /** The receipt of a committed observation, for the confirmation page. */
  @Transactional
  public Optional<SubmissionReceipt> receipt(String trackingCode) {
    return byCode(trackingCode).map(o -> SubmissionReceipt.of(o, false));
  }

  /**
   * The state of an observation for its author. The e-mail is the proof of authorship; a wrong pair
   * answers exactly as an unknown code does, so the lookup reveals nothing.
   */
  @Transactional
  public Optional<ObservationStatusView> lookup(String trackingCode, String email) {
    return byCode(trackingCode).filter(o -> o.isAuthoredBy(email)).map(ObservationStatusView::of);
  }

  private Optional<Observation> byCode(String trackingCode) {
    return finder.byCode(trackingCode);
  }
}
