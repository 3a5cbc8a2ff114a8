package co.gov.icetex.participa.consultation.application;

import jakarta.validation.constraints.Size;

/**
 * Closing an open consultation now, with the public notice {@code closeNotice} (required by the
 * consultation).
 */
public record EarlyClosing(
    @Size(max = ConsultationEditor.MAX_NOTE, message = "editor.error.tooLong2000")
        String closeNotice) {

  public EarlyClosing {
    closeNotice = EditorText.line(closeNotice);
  }
}
