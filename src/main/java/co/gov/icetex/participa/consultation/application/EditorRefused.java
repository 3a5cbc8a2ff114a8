package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.shared.FieldErrors;

/** The editor's change was refused, nothing was saved; the errors say why, by form field. */
public class EditorRefused extends RuntimeException {

  private final transient FieldErrors errors;

  public EditorRefused(FieldErrors errors) {
    super(errors.toString());
    this.errors = errors;
  }

  public FieldErrors errors() {
    return errors;
  }
}
