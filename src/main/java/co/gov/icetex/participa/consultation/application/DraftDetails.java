package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an editor writes about a draft consultation: its type, title, summary, year and office (the
 * command of {@link ConsultationEditor#createDraft} and {@link ConsultationEditor#updateDraft}).
 * The office must also be an active one, which only the service can check.
 */
public record DraftDetails(
    @NotNull(message = "editor.error.type") ConsultationType type,
    @NotBlank(message = "editor.error.required")
        @Size(max = ConsultationEditor.MAX_TITLE, message = "editor.error.tooLong300")
        String title,
    @NotBlank(message = "editor.error.required")
        @Size(max = ConsultationEditor.MAX_SUMMARY, message = "editor.error.tooLong5000")
        String summary,
    @NotNull(message = "editor.error.year")
        @Min(value = 2000, message = "editor.error.year")
        @Max(value = 2100, message = "editor.error.year")
        Integer year,
    @NotBlank(message = "editor.error.office") String office)
    implements Serializable {

  public DraftDetails {
    title = EditorText.line(title);
    summary = EditorText.lines(summary);
    office = EditorText.line(office);
  }
}
