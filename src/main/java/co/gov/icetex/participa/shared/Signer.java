package co.gov.icetex.participa.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed signatures (HMAC-SHA256) for values the portal hands out and later trusts again: form
 * tokens, receipt links, hashed client addresses. The key comes from {@code PARTICIPA_SECRET} or,
 * when not configured, is generated once and kept in the database, so every instance of a cluster
 * agrees.
 */
@ApplicationScoped
public class Signer {

  @Inject SigningKeyStore keyStore;

  @Inject
  @ConfigProperty(name = "participa.secret")
  Optional<String> configuredSecret;

  private byte[] key;

  @PostConstruct
  void init() {
    key =
        configuredSecret
            .filter(s -> s.length() >= 32)
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElseGet(() -> keyStore.sharedKey());
  }

  /** A URL-safe signature of {@code value} within {@code purpose}, 22 characters. */
  public String sign(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((purpose + '\n' + value).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  /** Compares in constant time, so a forger learns nothing from response times. */
  public boolean verify(String purpose, String value, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
