package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Signer;
import co.gov.icetex.participa.shared.files.FileSignature;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way observations come in, from the form and the API alike. A receipt is returned only
 * after the observation is committed. A submission that repeats an earlier one (same idempotency
 * key and e-mail) returns the earlier receipt, also when both arrive at the same moment on
 * different instances: the database's unique key decides, and the loser reads the winner's
 * observation.
 *
 * <p>The checks run cheapest first, so a hostile sender pays more than the portal: the honeypot and
 * the fields (no database), then whether the consultation is open and the sender under its limit
 * (one cached read and one indexed count), and only then the attached file (its ZIP directory at
 * most, never inflated). Every refusal is a {@link Refusal}: its violations name the {@link
 * ObservationSubmission}'s fields (and {@code attachment}), so the form and the API explain them
 * with the same sentences.
 */
@ApplicationScoped
public class ObservationService {

  private static final Logger LOG = Logger.getLogger(ObservationService.class.getName());

  @Inject ObservationRecorder recorder;
  @Inject ObservationFinder finder;
  @Inject TrackingCodeAllocator codes;
  @Inject AppClock clock;
  @Inject CommandValidator validator;
  @Inject Signer signer;

  public SubmissionReceipt submit(
      String consultationSlug, ObservationSubmission submission, SubmissionContext context) {
    if (context.looksAutomated()) {
      throw Refusal.of(Reason.BAD_REQUEST, "validation.automated");
    }
    String key = boundKey(context.idempotencyKey(), submission.email());
    Violations violations = validator.violationsOf(submission);
    checkAttachmentName(context.attachment(), violations);
    violations.throwIfAny();
    // A repeat (a retried request sends the same, valid, fields) is answered as the first time,
    // whatever changed since; otherwise the window and the sender's limit are checked, in the same
    // transaction.
    Optional<SubmissionReceipt> earlier =
        recorder.admit(key, consultationSlug, submission.partId(), context.clientKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    AttachmentType attachmentType = inspectAttachment(context.attachment());
    // Numbered before the transaction, which then needs only one database connection.
    TrackingCode code = codes.next(LocalDate.ofInstant(clock.now(), AppClock.BOGOTA).getYear());
    try {
      return recorder.record(
          code, consultationSlug, submission, attachmentType, context.withIdempotencyKey(key));
    } catch (Refusal refused) {
      throw refused;
    } catch (RuntimeException e) {
      // A concurrent twin with the same key committed first: answer with its receipt.
      Optional<SubmissionReceipt> twin = recorder.earlierReceipt(key);
      if (twin.isPresent()) {
        LOG.log(Level.FINE, "Concurrent repeat of a submission answered with the first one", e);
        return twin.get();
      }
      throw e;
    }
  }

  /**
   * The idempotency key as stored: a keyed hash of the client's key and the submitter's e-mail, so
   * a key only ever repeats its own submitter's observation (another client sending the same key
   * gets a new observation, never someone else's receipt).
   */
  private String boundKey(String idempotencyKey, String email) {
    if (idempotencyKey == null) {
      return null;
    }
    String submitter = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    int colon = idempotencyKey.indexOf(':');
    String channel = colon > 0 ? idempotencyKey.substring(0, colon + 1) : "";
    return channel + signer.sign("idempotency", idempotencyKey + "\n" + submitter);
  }

  /** What the file's name and size say: checked with the fields, before anything reads the file. */
  static void checkAttachmentName(AttachmentUpload upload, Violations errors) {
    if (upload == null || upload.size() == 0) {
      return;
    }
    if (upload.size() > AttachmentType.MAX_BYTES) {
      errors.add("attachment", "validation.attachment.tooLarge");
    } else if (AttachmentType.byFileName(upload.fileName()).isEmpty()) {
      errors.add("attachment", "validation.attachment.typeNotAllowed");
    }
  }

  /**
   * What the file really is, from its first bytes and (for Office files) its ZIP directory: a
   * package that would expand out of proportion is refused without being inflated. Null when
   * nothing is attached.
   */
  static AttachmentType inspectAttachment(AttachmentUpload upload) {
    if (upload == null || upload.size() == 0) {
      return null;
    }
    FileSignature.Inspection inspection = FileSignature.inspect(upload.content());
    if (inspection.suspicious()) {
      throw Refusal.invalid("attachment", "validation.file.zipBomb");
    }
    Optional<AttachmentType> named = AttachmentType.byFileName(upload.fileName());
    Optional<AttachmentType> actual = inspection.type().flatMap(AttachmentType::of);
    if (actual.isEmpty() || !actual.equals(named)) {
      throw Refusal.invalid("attachment", "validation.attachment.contentMismatch");
    }
    return actual.get();
  }

  /** The receipt of a committed observation, for the confirmation page. */
  @Transactional
  public Optional<SubmissionReceipt> receipt(String trackingCode) {
    return byCode(trackingCode).map(o -> SubmissionReceipt.of(o, false));
  }

  /** What was received, for the signed link of the receipt e-mail and the confirmation page. */
  @Transactional
  public Optional<ReceivedObservation> received(String trackingCode) {
    return byCode(trackingCode).map(ReceivedObservation::of);
  }

  private Optional<Observation> byCode(String trackingCode) {
    return finder.byCode(trackingCode);
  }
}
