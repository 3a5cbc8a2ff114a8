package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import java.time.Instant;

/**
 * A link to set a password was issued (an invitation or a reset), inside the issuing transaction.
 * {@code secret} is the token in clear, the only copy besides the e-mail: never log this event.
 */
public record PasswordLinkIssued(
    long tokenId,
    Purpose purpose,
    String email,
    String fullName,
    String secret,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "PasswordLinkIssued[tokenId="
        + tokenId
        + ", purpose="
        + purpose
        + ", email="
        + email
        + "]";
  }
}
