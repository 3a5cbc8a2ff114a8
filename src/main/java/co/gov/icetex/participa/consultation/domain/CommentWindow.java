package co.gov.icetex.participa.consultation.domain;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period in which citizens may comment: from {@code opensAt} (inclusive) to {@code closesAt}
 * (exclusive). The public page opens and closes by itself because the phase is derived from the
 * clock.
 */
@Embeddable
public class CommentWindow implements Serializable {

  /** CPACA and Decreto 1081 de 2015: drafts stay out for comment at least 15 days by default. */
  public static final Duration DEFAULT_MINIMUM = Duration.ofDays(15);

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  protected CommentWindow() {}

  public CommentWindow(Instant opensAt, Instant closesAt) {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("A comment window must close after it opens");
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  /** A window from the start of {@code first} to the end of {@code last}, both Bogotá dates. */
  public static CommentWindow ofBogotaDates(LocalDate first, LocalDate last) {
    return new CommentWindow(
        first.atStartOfDay(AppClock.BOGOTA).toInstant(),
        last.plusDays(1).atStartOfDay(AppClock.BOGOTA).toInstant());
  }

  public ConsultationPhase phaseAt(Instant now) {
    if (now.isBefore(opensAt)) {
      return ConsultationPhase.UPCOMING;
    }
    return now.isBefore(closesAt) ? ConsultationPhase.OPEN : ConsultationPhase.CLOSED;
  }

  public boolean isOpenAt(Instant now) {
    return phaseAt(now) == ConsultationPhase.OPEN;
  }

  public Duration length() {
    return Duration.between(opensAt, closesAt);
  }

  public boolean isShorterThan(Duration minimum) {
    return length().compareTo(minimum) < 0;
  }

  /**
   * Whole days left to comment, counted as people count them in Bogotá: on the last day it is 0
   * ("closes today"). Negative values never occur; a closed window has 0 days left.
   */
  public long daysLeftAt(Instant now) {
    if (!isOpenAt(now)) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(now, AppClock.BOGOTA);
    LocalDate lastDay = LocalDate.ofInstant(closesAt.minusNanos(1000), AppClock.BOGOTA);
    return Math.max(0, lastDay.toEpochDay() - today.toEpochDay());
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }
}
