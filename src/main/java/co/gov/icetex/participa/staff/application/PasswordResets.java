package co.gov.icetex.participa.staff.application;

import static co.gov.icetex.participa.shared.InstantConverter.utc;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Signer;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.validation.Violations;
import co.gov.icetex.participa.staff.domain.PasswordToken;
import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Setting a password through an e-mailed link, for staff who forgot theirs and for new accounts.
 *
 * <p>Asking for a link answers nothing about the account (the page always shows the same text), and
 * is limited per e-mail and per client address within {@link #WINDOW}; requests over a limit are
 * dropped silently. A link works once, for a limited time, and only for an active account; setting
 * a password clears a lockout and revokes the account's other links.
 */
@ApplicationScoped
public class PasswordResets {

  public static final String FIELD_PASSWORD = "password";
  public static final String FIELD_CONFIRMATION = "confirmation";

  /** Minimum length of a staff password (length beats composition rules). */
  public static final int MIN_LENGTH = PasswordHasher.MIN_LENGTH;

  /** Longer passwords are refused: hashing megabytes would be a cheap way to load the server. */
  public static final int MAX_LENGTH = 128;

  public static final Duration WINDOW = Duration.ofHours(1);
  public static final int MAX_PER_EMAIL = 3;
  public static final int MAX_PER_ADDRESS = 10;

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject PasswordHasher hasher;
  @Inject PasswordLinks links;
  @Inject Signer signer;
  @Inject CommandValidator validator;

  /** What the "new password" page needs to know about a link that still works. */
  public record LinkView(Purpose purpose, String email, Instant expiresAt) {}

  /**
   * Sends a reset link when the address belongs to an active account and the limits allow it;
   * otherwise does nothing, and the caller answers the same in every case. Refuses only an address
   * that is not one (empty or malformed), which says nothing about the accounts.
   */
  @Transactional
  public void request(PasswordResetRequest resetRequest, String clientKey) {
    validator.check(resetRequest);
    String normalized = StaffAccount.normalizeEmail(resetRequest.email());
    if (normalized.isEmpty() || normalized.length() > StaffAccount.MAX_EMAIL) {
      return;
    }
    Instant now = clock.now();
    String emailKey = signer.sign("reset-email", normalized);
    if (recent("email_key", emailKey, now) >= MAX_PER_EMAIL
        || recent("client_key", clientKey, now) >= MAX_PER_ADDRESS) {
      return; // not recorded either: the table grows by at most the limits per hour
    }
    em.createNativeQuery(
            "INSERT INTO password_reset_request (email_key, client_key, at) VALUES (?, ?, ?)")
        .setParameter(1, emailKey)
        .setParameter(2, clientKey)
        .setParameter(3, utc(now))
        .executeUpdate();
    em.createNamedQuery(StaffAccount.FIND_BY_EMAIL, StaffAccount.class)
        .setParameter("email", normalized)
        .getResultStream()
        .findFirst()
        .filter(StaffAccount::isActive)
        .ifPresent(
            account -> {
              PasswordToken token = links.issue(account, Purpose.RESET);
              audit.record(
                  account.getEmail(),
                  "PASSWORD_RESET_REQUESTED",
                  "StaffAccount",
                  String.valueOf(account.getId()),
                  null,
                  AuditStates.of(Map.of("expiresAt", token.getExpiresAt().toString())));
            });
  }

  private long recent(String column, String key, Instant now) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM password_reset_request WHERE "
                        + column
                        + " = ? AND at >= ?")
                .setParameter(1, key)
                .setParameter(2, utc(now.minus(WINDOW)))
                .getSingleResult();
    return n.longValue();
  }

  /**
   * The link's purpose and account, when it still works (not used, not expired, account active).
   */
  @Transactional
  public Optional<LinkView> check(String secret) {
    Instant now = clock.now();
    return usable(secret, now, LockModeType.NONE)
        .map(t -> new LinkView(t.getPurpose(), t.getAccount().getEmail(), t.getExpiresAt()));
  }

  /**
   * Sets the password of the link's account. Refuses, with a message per field, a password shorter
   * than {@link #MIN_LENGTH} or a confirmation that differs; refuses a link that no longer works.
   */
  @Transactional
  public void setPassword(String secret, String password, String confirmation) {
    Instant now = clock.now();
    PasswordToken token =
        usable(secret, now, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "newPassword.error.invalidLink"));
    var errors = Violations.none();
    if (password == null || password.isEmpty()) {
      errors.add(FIELD_PASSWORD, "newPassword.error.required");
    } else if (password.length() < MIN_LENGTH) {
      errors.add(FIELD_PASSWORD, "newPassword.error.tooShort", MIN_LENGTH);
    } else if (password.length() > MAX_LENGTH) {
      errors.add(FIELD_PASSWORD, "newPassword.error.tooLong", MAX_LENGTH);
    } else if (!password.equals(confirmation)) {
      errors.add(FIELD_CONFIRMATION, "newPassword.error.mismatch");
    }
    if (!errors.isEmpty()) {
      throw errors.refusal();
    }
    StaffAccount account = token.getAccount();
    token.use(now);
    account.setPasswordHash(hasher.hash(password));
    links.revokeOutstanding(account, now);
    audit.record(
        account.getEmail(),
        "PASSWORD_CHANGED",
        "StaffAccount",
        String.valueOf(account.getId()),
        null,
        AuditStates.of(Map.of("via", token.getPurpose().name())));
  }

  private Optional<PasswordToken> usable(String secret, Instant now, LockModeType lock) {
    if (!PasswordToken.isWellFormed(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(PasswordToken.FIND_BY_HASH, PasswordToken.class)
        .setParameter("hash", PasswordToken.hashOf(secret))
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .filter(t -> t.isUsableAt(now) && t.getAccount().isActive());
  }
}
