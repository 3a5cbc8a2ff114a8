package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome and text of an answer, drafted on the review page or imported from the spreadsheet.
 */
public record AnswerDraft(
    @NotNull(message = "answer.error.outcomeRequired") AnswerOutcome outcome,
    @NotBlank(message = "answer.error.textRequired")
        @Size(max = 10_000, message = "validation.answer.textTooLong")
        String text) {}
