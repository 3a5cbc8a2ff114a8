package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.abuse.RateLimit;
import co.gov.icetex.participa.shared.abuse.RateLimiter;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * "I lost my tracking code": the codes of every observation sent with an address are e-mailed to
 * that address, and only there. The answer on the page is the same whether there are any or not, so
 * the form tells nobody whether an address took part (the e-mail, which only the address's owner
 * reads, is the only place that says so).
 *
 * <p>Limits: per client ({@link #PER_CLIENT}, an IPv4 address or an IPv6 /64, counted whatever the
 * address, so trying many addresses costs as much as trying one) and per recipient (the outbox's
 * daily quota of e-mails to addresses a stranger may type, applied when the e-mail is queued). The
 * form's token works once; a replay answers as the first post did, and sends nothing.
 */
@ApplicationScoped
public class CodeRecovery {

  /** Recovery requests per client within an hour: a person retrying, not a script. */
  public static final RateLimit PER_CLIENT = new RateLimit("code-recovery", 5, Duration.ofHours(1));

  static final String TOKEN_PURPOSE = "code-recovery";

  @PersistenceContext EntityManager em;
  @Inject CommandValidator validator;
  @Inject FormTokens tokens;
  @Inject RateLimiter limiter;
  @Inject Event<TrackingCodesRequested> requested;

  /**
   * Queues the e-mail with the address's codes, if it sent any. Refuses a post that looks automated
   * (the honeypot), a malformed address, and a client over its limit.
   */
  @Transactional
  public void request(
      CodeRecoveryRequest command, String submissionId, String clientKey, String honeypot) {
    if (honeypot != null && !honeypot.isBlank()) {
      throw Refusal.of(Reason.BAD_REQUEST, "validation.automated");
    }
    validator.check(command);
    if (!tokens.consume(submissionId, TOKEN_PURPOSE)) {
      return; // a double click or a reload: the first post already did what there was to do
    }
    if (!limiter.tryAcquire(PER_CLIENT, clientKey)) {
      throw Refusal.of(Reason.TOO_MANY_REQUESTS, "recover.error.tooMany");
    }
    String address = command.email().toLowerCase(Locale.ROOT);
    List<Long> ids =
        em.createNamedQuery(Observation.IDS_BY_EMAIL, Long.class)
            .setParameter("email", address)
            .getResultList();
    if (!ids.isEmpty()) {
      requested.fire(new TrackingCodesRequested(submissionId, address, ids));
    }
  }
}
