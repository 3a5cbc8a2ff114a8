package co.gov.icetex.participa.consultation.application;

import jakarta.validation.constraints.Size;

/**
 * Showing (or not) a consultation's publishable observations before the report; hiding them needs
 * the {@code reason}, kept in the audit trail (required by the consultation, with its own
 * sentence).
 */
public record ObservationsVisibility(
    boolean shown,
    @Size(max = ConsultationEditor.MAX_NOTE, message = "editor.error.tooLong2000") String reason) {

  public ObservationsVisibility {
    reason = EditorText.lines(reason);
  }
}
