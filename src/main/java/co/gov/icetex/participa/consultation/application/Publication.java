package co.gov.icetex.participa.consultation.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Publishing a draft for comment from the start of {@code opensOn} to the end of {@code closesOn}
 * (Bogotá dates); a window shorter than the configured minimum needs the {@code justification} (a
 * rule of the consultation, which knows the minimum).
 */
public record Publication(
    @NotNull(message = "editor.error.dateRequired") LocalDate opensOn,
    @NotNull(message = "editor.error.dateRequired") LocalDate closesOn,
    @Size(max = ConsultationEditor.MAX_NOTE, message = "editor.error.tooLong2000")
        String justification) {

  /** The name under which the order of the dates is refused: the closing date is the one to fix. */
  public static final String DATES_IN_ORDER = "datesInOrder";

  public Publication {
    justification = EditorText.line(justification);
  }

  /** Property {@value #DATES_IN_ORDER}: shown on {@code closesOn} by the form. */
  @AssertTrue(message = "editor.error.closesBeforeOpens")
  public boolean isDatesInOrder() {
    return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
  }
}
