package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Send me my tracking codes": the address to send them to, checked with the same rules and
 * sentences as the observation form's e-mail.
 */
public record CodeRecoveryRequest(
    @NotBlank(message = "validation.email.required")
        @Size(max = 254, message = "validation.email.invalid")
        @Email(message = "validation.email.invalid")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "validation.email.invalid")
        String email) {

  public CodeRecoveryRequest {
    email = PlainText.singleLine(email);
  }
}
