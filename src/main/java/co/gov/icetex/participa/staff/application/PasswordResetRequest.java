package co.gov.icetex.participa.staff.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Send me a link to set a new password": the address of the account. Only its form is checked
 * here; whether it has an account is never said ({@link PasswordResets#request}).
 */
public record PasswordResetRequest(
    @NotBlank(message = "forgotPassword.error.required")
        @Size(max = 254, message = "validation.email.invalid")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "validation.email.invalid")
        String email) {

  public PasswordResetRequest {
    email = email == null ? null : email.strip();
  }
}
