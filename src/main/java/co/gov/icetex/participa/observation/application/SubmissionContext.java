package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import co.gov.icetex.participa.observation.domain.Channel;

/**
 * Everything about a submission that is not its content: the channel, the key that makes a repeat
 * harmless, who sent it (a hashed address), the optional file, and the honeypot field that people
 * never see and bots fill in.
 */
public record SubmissionContext(
    Channel channel,
    String idempotencyKey,
    String clientKey,
    AttachmentUpload attachment,
    String honeypot) {

  /** The same submission, its idempotency key as stored (bound to the submitter). */
  public SubmissionContext withIdempotencyKey(String storedKey) {
    return new SubmissionContext(channel, storedKey, clientKey, attachment, honeypot);
  }

  public boolean looksAutomated() {
    return honeypot != null && !honeypot.isBlank();
  }
}
