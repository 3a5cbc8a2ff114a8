package co.gov.icetex.participa.consultation.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Moving a consultation's closing to the end of {@code extendTo} (Bogotá), with the public notice
 * {@code extendNotice} (required by the consultation, with its own sentence).
 */
public record Extension(
    @NotNull(message = "editor.error.dateRequired") LocalDate extendTo,
    @Size(max = ConsultationEditor.MAX_NOTE, message = "editor.error.tooLong2000")
        String extendNotice) {

  public Extension {
    extendNotice = EditorText.line(extendNotice);
  }
}
