package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.FieldErrors;

/**
 * A staff administration or password action broke a rule; nothing was saved (the exception rolls
 * the transaction back). Carries Spanish messages keyed by the form field they concern.
 */
public class StaffChangeRefused extends RuntimeException {

  private final transient FieldErrors errors;

  public StaffChangeRefused(FieldErrors errors) {
    super("Refused: " + errors);
    this.errors = errors;
  }

  public static StaffChangeRefused of(String field, String messageKey, Object... args) {
    return new StaffChangeRefused(FieldErrors.of(field, messageKey, args));
  }

  public FieldErrors errors() {
    return errors;
  }
}
