package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.abuse.RateLimit;
import co.gov.icetex.participa.shared.abuse.RateLimiter;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;

/**
 * The abuse rules of the subscription form, as for the hearing's forms: its token works once, and
 * one client (an IPv4 address or an IPv6 /64) sends a limited number of them an hour.
 */
@ApplicationScoped
public class AlertForms {

  /** Subscription forms accepted per client within an hour: a family or an office, not a script. */
  static final RateLimit PER_CLIENT = new RateLimit("alert-form", 10, Duration.ofHours(1));

  @Inject FormTokens tokens;
  @Inject RateLimiter limiter;

  /** Who sent a form: its token's submission id and the client's key. */
  public record Sender(String submissionId, String clientKey) {}

  /**
   * Whether this post should be acted on: false for a replay of a token already used (the caller
   * answers as the first time, doing nothing); refused over the client's limit.
   */
  @Transactional(TxType.MANDATORY)
  boolean admit(Sender sender) {
    if (!tokens.consume(sender.submissionId(), "alert-subscription")) {
      return false;
    }
    if (!limiter.tryAcquire(PER_CLIENT, sender.clientKey())) {
      throw Refusal.of(Reason.TOO_MANY_REQUESTS, "alerts.error.tooMany");
    }
    return true;
  }
}
