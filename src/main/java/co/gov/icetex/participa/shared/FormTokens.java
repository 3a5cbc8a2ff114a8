package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time tokens embedded in public forms. A token proves the form was served by this portal (a
 * forged cross-site post has none) and names the submission: posting the same form twice (a double
 * click, a reload) carries the same token, so it yields the same observation. Stateless on purpose:
 * the public form creates no HTTP session and any instance can check any token.
 */
@ApplicationScoped
public class FormTokens {

  static final Duration LIFETIME = Duration.ofHours(24);
  private static final String PURPOSE = "form";

  @Inject Signer signer;
  @Inject AppClock clock;

  public String issue() {
    String body = UUID.randomUUID() + "." + clock.now().plus(LIFETIME).getEpochSecond();
    return body + "." + signer.sign(PURPOSE, body);
  }

  /** The submission id the token names, when it is genuine and not expired. */
  public Optional<String> submissionId(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    int lastDot = token.lastIndexOf('.');
    int firstDot = token.indexOf('.');
    if (firstDot < 0 || lastDot == firstDot) {
      return Optional.empty();
    }
    String body = token.substring(0, lastDot);
    if (!signer.verify(PURPOSE, body, token.substring(lastDot + 1))) {
      return Optional.empty();
    }
    try {
      long expires = Long.parseLong(token.substring(firstDot + 1, lastDot));
      return clock.now().isAfter(Instant.ofEpochSecond(expires))
          ? Optional.empty()
          : Optional.of(token.substring(0, firstDot));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
