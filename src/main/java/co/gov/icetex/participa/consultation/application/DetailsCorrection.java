package co.gov.icetex.participa.consultation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction of a published consultation's title, summary or office, with the public change note
 * (required by the consultation, with its own sentence). The office must be an active one.
 */
public record DetailsCorrection(
    @NotBlank(message = "editor.error.required")
        @Size(max = ConsultationEditor.MAX_TITLE, message = "editor.error.tooLong300")
        String title,
    @NotBlank(message = "editor.error.required")
        @Size(max = ConsultationEditor.MAX_SUMMARY, message = "editor.error.tooLong5000")
        String summary,
    @NotBlank(message = "editor.error.office") String office,
    @Size(max = ConsultationEditor.MAX_NOTE, message = "editor.error.tooLong2000")
        String changeNote) {

  public DetailsCorrection {
    title = EditorText.line(title);
    summary = EditorText.lines(summary);
    office = EditorText.line(office);
    changeNote = EditorText.lines(changeNote);
  }
}
