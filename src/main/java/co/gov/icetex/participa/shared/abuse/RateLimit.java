package co.gov.icetex.participa.shared.abuse;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit on how often one subject (a client, or an e-mail recipient, by keyed hash) may do one
 * thing: at most {@code max} counted uses within any {@code window}. Each feature declares its own
 * limits next to the rule they protect; {@link RateLimiter} counts them in the database, for every
 * instance alike.
 */
public record RateLimit(String bucket, int max, Duration window) {

  public RateLimit {
    Objects.requireNonNull(bucket);
    if (bucket.length() > 40 || max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("Invalid limit " + bucket);
    }
    if (window.compareTo(RateLimiter.LONGEST_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "Windows longer than " + RateLimiter.LONGEST_WINDOW + " are purged early");
    }
  }

  /** The same limit with another maximum (from configuration), never below one. */
  public RateLimit withMax(int configured) {
    return new RateLimit(bucket, Math.max(1, configured), window);
  }
}
