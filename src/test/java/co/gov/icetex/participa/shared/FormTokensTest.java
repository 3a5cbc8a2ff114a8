package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormTokensTest {

  private static FormTokens tokensAt(Instant now, String secret) {
    var signer = new Signer();
    signer.configuredSecret = Optional.of(secret);
    signer.init();
    var tokens = new FormTokens();
    tokens.signer = signer;
    tokens.clock = new AppClock(Clock.fixed(now, ZoneOffset.UTC));
    return tokens;
  }

  private static final String SECRET = "a-test-secret-of-at-least-32-characters!";
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void aGenuineTokenNamesTheSameSubmissionEveryTimeItIsPosted() {
    var tokens = tokensAt(NOW, SECRET);
    String token = tokens.issue();
    var first = tokens.submissionId(token);
    assertTrue(first.isPresent());
    assertEquals(first, tokens.submissionId(token), "a double post names the same submission");
    assertNotEquals(
        first, tokens.submissionId(tokens.issue()), "each form gets its own submission id");
  }

  @Test
  void aForgedOrTamperedTokenIsRefused() {
    var tokens = tokensAt(NOW, SECRET);
    String token = tokens.issue();
    // Flip the first character for certain: replacing it with a fixed one would leave the token
    // untouched whenever the random id already starts with that character.
    String tampered = (token.charAt(0) == '0' ? "1" : "0") + token.substring(1);
    assertNotEquals(token, tampered);
    assertTrue(tokens.submissionId(tampered).isEmpty());
    assertTrue(tokens.submissionId("no-dots").isEmpty());
    assertTrue(tokens.submissionId(null).isEmpty());
    assertTrue(
        tokensAt(NOW, "another-secret-of-at-least-32-characters").submissionId(token).isEmpty(),
        "signed with another key");
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    String token = tokensAt(NOW, SECRET).issue();
    assertTrue(
        tokensAt(NOW.plus(FormTokens.LIFETIME).minusSeconds(1), SECRET)
            .submissionId(token)
            .isPresent());
    assertTrue(
        tokensAt(NOW.plus(FormTokens.LIFETIME).plusSeconds(1), SECRET)
            .submissionId(token)
            .isEmpty());
  }
}
