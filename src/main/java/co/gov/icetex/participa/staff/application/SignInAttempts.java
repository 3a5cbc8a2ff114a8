package co.gov.icetex.participa.staff.application;

import static co.gov.icetex.participa.shared.InstantConverter.utc;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers sign-in attempts in the database, so every instance of a cluster sees the same count:
 * per account (the account locks itself) and per address (too many failures from one address refuse
 * it for a while, whatever account it tries).
 */
@ApplicationScoped
public class SignInAttempts {

  /** Failures from one address, within {@link #ADDRESS_WINDOW}, after which it is refused. */
  public static final int MAX_FAILURES_PER_ADDRESS = 20;

  public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;

  @Transactional
  public Optional<StaffAccount> account(String email) {
    return em.createNamedQuery(StaffAccount.FIND_BY_EMAIL, StaffAccount.class)
        .setParameter("email", StaffAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** Failed attempts from this address in the last {@link #ADDRESS_WINDOW}. */
  @Transactional
  public long recentFailuresFrom(String clientKey) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM login_attempt WHERE client_key = ? AND succeeded = FALSE AND at >= ?")
                .setParameter(1, clientKey)
                .setParameter(2, utc(clock.now().minus(ADDRESS_WINDOW)))
                .getSingleResult();
    return n.longValue();
  }

  /** Records the outcome, updates the account's own count, and audits sign-ins and lockouts. */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(String email, String clientKey, boolean succeeded) {
    Instant now = clock.now();
    String normalized = StaffAccount.normalizeEmail(email);
    em.createNativeQuery(
            "INSERT INTO login_attempt (email, client_key, succeeded, at) VALUES (?, ?, ?, ?)")
        .setParameter(1, normalized.length() > 254 ? normalized.substring(0, 254) : normalized)
        .setParameter(2, clientKey)
        .setParameter(3, succeeded)
        .setParameter(4, utc(now))
        .executeUpdate();
    account(normalized)
        .ifPresent(
            a -> {
              if (succeeded) {
                a.recordSignIn(now);
                audit.record(
                    a.getEmail(), "SIGN_IN", "StaffAccount", String.valueOf(a.getId()), null, null);
              } else {
                boolean wasLocked = a.isLockedAt(now);
                a.recordFailedSignIn(now);
                if (!wasLocked && a.isLockedAt(now)) {
                  audit.record(
                      a.getEmail(),
                      "ACCOUNT_LOCKED",
                      "StaffAccount",
                      String.valueOf(a.getId()),
                      null,
                      "{\"lockedUntil\":\"" + a.getLockedUntil() + "\"}");
                }
              }
            });
  }
}
