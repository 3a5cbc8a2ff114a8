package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person sends to register for a hearing; messages are bundle keys, as for observations. */
public record RegistrationRequest(
    @NotBlank(message = "validation.authorName.required")
        @Size(max = 200, message = "validation.authorName.size")
        String fullName,
    @NotBlank(message = "validation.email.required")
        @Size(max = 254, message = "validation.email.invalid")
        @Email(message = "validation.email.invalid")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "validation.email.invalid")
        String email,
    @NotNull(message = "hearing.validation.mode") AttendanceMode mode,
    @NotNull(message = "validation.stakeholderGroup.required") StakeholderGroup stakeholderGroup,
    @NotNull(message = "validation.department.required") Department department,
    @AssertTrue(message = "hearing.validation.consent") boolean consent) {

  public RegistrationRequest {
    fullName = PlainText.singleLine(fullName);
    email = PlainText.singleLine(email);
  }
}
