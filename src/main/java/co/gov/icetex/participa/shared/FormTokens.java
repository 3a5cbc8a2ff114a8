package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time tokens embedded in public forms. A token proves the form was served by this portal (a
 * forged cross-site post has none) and names the submission: posting the same form twice (a double
 * click, a reload) carries the same token, so it yields the same observation. Stateless on purpose:
 * the public form creates no HTTP session and any instance can check any token.
 *
 * <p>Forms that create something other than an observation {@linkplain #consume consume} their
 * token: its first post is acted on, a replay of the same token is not (the observation form gets
 * the same effect from its idempotency key).
 */
@ApplicationScoped
public class FormTokens {

  static final Duration LIFETIME = Duration.ofHours(24);
  private static final String PURPOSE = "form";

  @PersistenceContext EntityManager em;
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

  /**
   * Marks a genuine token used for {@code purpose}; true the first time only. Joins the caller's
   * transaction, so a post that is refused (and rolled back) leaves the token usable for the
   * corrected one.
   */
  @Transactional(TxType.MANDATORY)
  public boolean consume(String submissionId, String purpose) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO form_token_use (token_id, purpose, used_at) VALUES (?, ?, ?)")
            .setParameter(1, submissionId)
            .setParameter(2, purpose)
            .setParameter(3, InstantConverter.utc(clock.now()))
            .executeUpdate()
        == 1;
  }

  /** Forgets uses of tokens that have expired anyway; at most {@code batch} rows. */
  @Transactional(TxType.REQUIRES_NEW)
  public int purgeExpired(int batch) {
    return em.createNativeQuery("DELETE FROM form_token_use WHERE used_at < ? LIMIT ?")
        .setParameter(1, InstantConverter.utc(clock.now().minus(LIFETIME.multipliedBy(2))))
        .setParameter(2, batch)
        .executeUpdate();
  }
}
