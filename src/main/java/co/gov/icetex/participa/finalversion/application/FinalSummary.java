package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.finalversion.domain.FinalVersion;
import co.gov.icetex.participa.shared.PlainText;
import jakarta.validation.constraints.Size;

/**
 * The summary of changes an editor writes for the final version (blank: none), as plain text.
 *
 * @param summary the text, its lines kept; at most {@link FinalVersion#MAX_SUMMARY} characters
 */
public record FinalSummary(
    @Size(max = FinalVersion.MAX_SUMMARY, message = "editor.error.tooLong5000") String summary) {

  public FinalSummary {
    summary = PlainText.multiLine(summary);
  }
}
