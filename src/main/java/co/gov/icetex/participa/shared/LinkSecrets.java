package co.gov.icetex.participa.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of e-mailed links that prove someone reads an address (password links, confirmations
 * of hearing registrations and survey answers): 256 random bits in a URL, of which the database
 * keeps only the SHA-256, so a copy of the database opens no link.
 */
public final class LinkSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** 32 random bytes in unpadded base64url: 43 characters of A-Z a-z 0-9 - _. */
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private LinkSecrets() {}

  /** A new secret, to be sent once and stored only as {@link #hashOf}. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Whether a string could be a secret at all; anything else is refused before touching the
   * database.
   */
  public static boolean isWellFormed(String secret) {
    return secret != null && SHAPE.matcher(secret).matches();
  }

  /**
   * SHA-256 of the secret, in lower-case hex (64 characters): what the database keeps and looks up.
   */
  public static String hashOf(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
