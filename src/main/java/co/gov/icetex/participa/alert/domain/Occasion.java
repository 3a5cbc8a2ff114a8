package co.gov.icetex.participa.alert.domain;

import java.util.Objects;

/**
 * Something an alert is sent about, named so that each subscription hears of it once: the key is
 * what the {@code alert_sent} table keeps, unique per subscription.
 */
public record Occasion(Kind kind, long consultationId, int version) {

  /** What happened to the consultation. */
  public enum Kind {
    /** Its comment window started. */
    OPENED,
    /** It closes within {@link ClosingReminder#BUSINESS_DAYS} business days. */
    CLOSING,
    /** A version of its response report was published. */
    REPORT,
    /** Its final version was published. */
    FINAL
  }

  public Occasion {
    Objects.requireNonNull(kind, "kind");
  }

  public static Occasion opened(long consultationId) {
    return new Occasion(Kind.OPENED, consultationId, 0);
  }

  public static Occasion closing(long consultationId) {
    return new Occasion(Kind.CLOSING, consultationId, 0);
  }

  public static Occasion report(long consultationId, int version) {
    return new Occasion(Kind.REPORT, consultationId, version);
  }

  public static Occasion finalVersion(long consultationId) {
    return new Occasion(Kind.FINAL, consultationId, 0);
  }

  /** "OPENED:12", "REPORT:12:2"…: unique per subscription in {@code alert_sent}. */
  public String key() {
    return kind + ":" + consultationId + (kind == Kind.REPORT ? ":" + version : "");
  }
}
