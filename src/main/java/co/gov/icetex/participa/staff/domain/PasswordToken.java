package co.gov.icetex.participa.staff.domain;

import co.gov.icetex.participa.shared.LinkSecrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use link to set an account's password: an invitation for a new account or a reset. The
 * token is 256 random bits handed out once ({@link #issue}); only its SHA-256 is kept, so a copy of
 * the database does not give a usable link.
 *
 * <p>Lifecycle: issued -> used (once, before it expires) or revoked (a newer token, a password
 * change, or the account's deactivation make every other outstanding token useless).
 */
@Entity
@Table(name = "password_token")
@NamedQuery(
    name = PasswordToken.FIND_BY_HASH,
    query = "SELECT t FROM PasswordToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = PasswordToken.FIND_OUTSTANDING,
    query =
        "SELECT t FROM PasswordToken t WHERE t.account = :account AND t.usedAt IS NULL AND t.revokedAt IS NULL")
public class PasswordToken {

  public static final String FIND_BY_HASH = "PasswordToken.findByHash";
  public static final String FIND_OUTSTANDING = "PasswordToken.findOutstanding";

  /** Why the link was sent; decides its wording and how long it lasts. */
  public enum Purpose {
    INVITATION,
    RESET
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private StaffAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PasswordToken() {}

  private PasswordToken(
      StaffAccount account, Purpose purpose, String tokenHash, Instant now, Duration lifetime) {
    if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("A token lives for a positive time");
    }
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(lifetime);
  }

  /** A new token and the secret to send (the only time it exists in clear). */
  public record Issued(PasswordToken token, String secret) {}

  public static Issued issue(
      StaffAccount account, Purpose purpose, Instant now, Duration lifetime) {
    String secret = LinkSecrets.newSecret();
    return new Issued(new PasswordToken(account, purpose, hashOf(secret), now, lifetime), secret);
  }

  /**
   * Whether a string could be a token at all; anything else is refused before touching the
   * database.
   */
  public static boolean isWellFormed(String secret) {
    return LinkSecrets.isWellFormed(secret);
  }

  /**
   * SHA-256 of the secret, in lower-case hex (64 characters): what the database keeps and looks up.
   */
  public static String hashOf(String secret) {
    return LinkSecrets.hashOf(secret);
  }

  /** Usable until (exclusive) {@code expiresAt}, once, unless revoked. */
  public boolean isUsableAt(Instant now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  /** Marks the token used; refuses when it is not usable (expired, used or revoked). */
  public void use(Instant now) {
    if (!isUsableAt(now)) {
      throw new IllegalStateException("This token is expired, used or revoked");
    }
    usedAt = now;
  }

  /** Makes an outstanding token useless; a used or already revoked one stays as it was. */
  public void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Whether {@code secret} is this token's, compared in constant time. */
  public boolean matches(String secret) {
    return isWellFormed(secret)
        && MessageDigest.isEqual(
            hashOf(secret).getBytes(StandardCharsets.US_ASCII),
            tokenHash.getBytes(StandardCharsets.US_ASCII));
  }

  public Long getId() {
    return id;
  }

  public StaffAccount getAccount() {
    return account;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt);
  }
}
