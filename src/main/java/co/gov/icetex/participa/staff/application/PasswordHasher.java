package co.gov.icetex.participa.staff.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow salted password hashes: PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's figure for
 * that algorithm), through Jakarta Security's own implementation. The stored form carries its
 * algorithm, iterations and salt, so the settings can be raised later without breaking old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  /** Staff passwords: at least this long; length beats composition rules. */
  public static final int MIN_LENGTH = 12;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("Passwords have at least " + MIN_LENGTH + " characters");
    }
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }
}
