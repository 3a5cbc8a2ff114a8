package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.shared.abuse.RateLimit;
import co.gov.icetex.participa.shared.abuse.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Following an observation with its tracking code and the e-mail it was sent with. The e-mail is
 * the proof of authorship; a wrong pair answers exactly as an unknown code does.
 *
 * <p>Codes are sequential and published in the reports, so whoever knows someone's e-mail could try
 * every code to learn which observations they sent (including those published without their name).
 * Failed lookups are therefore limited per client ({@link #FAILURES}); over the limit every lookup
 * from that client is refused for a while, right or wrong, so the refusal tells nothing either. The
 * owner, from their own connection, is not affected by someone else's failures.
 */
@ApplicationScoped
public class ObservationLookup {

  /** Failed lookups per client (an IPv4 address or an IPv6 /64) within a quarter of an hour. */
  public static final RateLimit FAILURES =
      new RateLimit("lookup-failure", 10, Duration.ofMinutes(15));

  @Inject ObservationFinder finder;
  @Inject RateLimiter limiter;
  @Inject PublishedAnswers answers;

  /** The lookup's answer: the observation's state, nothing (no such pair), or wait this long. */
  public record Outcome(Optional<ObservationStatusView> found, Duration retryAfter) {
    public boolean throttled() {
      return !retryAfter.isZero();
    }
  }

  @Transactional
  public Outcome lookup(String trackingCode, String email, String clientKey) {
    Duration wait = limiter.retryAfter(FAILURES, clientKey);
    if (!wait.isZero()) {
      return new Outcome(Optional.empty(), wait);
    }
    Optional<ObservationStatusView> found =
        finder
            .byCode(trackingCode)
            .filter(o -> o.isAuthoredBy(email))
            .map(
                o ->
                    ObservationStatusView.of(
                        o,
                        o.getAnswerId() == null
                            ? Optional.empty()
                            : answers.ofAnswer(o.getAnswerId())));
    if (found.isEmpty()) {
      limiter.record(FAILURES, clientKey);
    }
    return new Outcome(found, Duration.ZERO);
  }
}
