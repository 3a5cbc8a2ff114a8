package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a citizen sends, from the form or the API, before it becomes an {@link Observation}. The
 * constraint messages are keys of the {@code messages} bundle ({@code validation.*}), so the form
 * and the API report the same Spanish text for the same rule. Text is normalised on the way in:
 * HTML stays as literal text (pages always escape it), control characters go.
 *
 * @param partId the commented part, or null for the document as a whole
 */
public record ObservationSubmission(
    Long partId,
    @NotBlank(message = "validation.authorName.required")
        @Size(max = MAX_NAME, message = "validation.authorName.size")
        String authorName,
    @NotBlank(message = "validation.email.required")
        @Size(max = 254, message = "validation.email.invalid")
        @Email(message = "validation.email.invalid")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "validation.email.invalid")
        String email,
    @NotNull(message = "validation.stakeholderGroup.required") StakeholderGroup stakeholderGroup,
    @NotNull(message = "validation.department.required") Department department,
    @NotBlank(message = "validation.text.required")
        @Size(max = MAX_TEXT, message = "validation.text.size")
        String text,
    @AssertTrue(message = "validation.consent.required") boolean consent,
    boolean showName) {

  public static final int MAX_TEXT = 5000;
  public static final int MAX_NAME = 200;

  public ObservationSubmission {
    authorName = PlainText.singleLine(authorName);
    email = PlainText.singleLine(email);
    text = PlainText.multiLine(text);
  }
}
