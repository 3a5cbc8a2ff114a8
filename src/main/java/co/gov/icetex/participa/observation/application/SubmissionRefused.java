package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.shared.FieldErrors;

/**
 * An observation was not accepted, and nothing of it was saved. The reason decides the HTTP status;
 * the field errors hold the Spanish messages shown to the person.
 */
public class SubmissionRefused extends RuntimeException {

  /** Why a submission was refused. */
  public enum Reason {
    INVALID,
    CONSULTATION_NOT_FOUND,
    CONSULTATION_NOT_OPEN,
    TOO_MANY_REQUESTS,
    SUSPECTED_AUTOMATION
  }

  private final Reason reason;
  private final transient FieldErrors errors;

  public SubmissionRefused(Reason reason, FieldErrors errors) {
    super(reason + ": " + errors);
    this.reason = reason;
    this.errors = errors;
  }

  public Reason reason() {
    return reason;
  }

  public FieldErrors errors() {
    return errors;
  }
}
