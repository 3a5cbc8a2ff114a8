package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import java.util.EnumMap;
import java.util.Map;

/**
 * Whether a consultation's report may be published, from how many of its observations stand in each
 * state. The stricter reading of the rules applies: every observation must be settled (answer
 * published, not admitted, or redirected as a petition) or have an approved answer, which the
 * report's publication publishes with it. One observation still in triage, assignment, drafting or
 * review refuses it.
 */
public record ReportReadiness(Map<ObservationStatus, Long> byStatus)
    implements java.io.Serializable {

  public ReportReadiness {
    var copy = new EnumMap<ObservationStatus, Long>(ObservationStatus.class);
    byStatus.forEach((k, v) -> copy.merge(k, v, Long::sum));
    byStatus = copy;
  }

  public long count(ObservationStatus status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public long total() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Observations whose answer is not approved yet: each one keeps the report from being published.
   */
  public long unanswered() {
    return byStatus.entrySet().stream()
        .filter(e -> e.getKey().isPending() && e.getKey() != ObservationStatus.APPROVED)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Approved answers that go public together with the report. */
  public long approvedToPublish() {
    return count(ObservationStatus.APPROVED);
  }

  public boolean isReady() {
    return unanswered() == 0;
  }

  public void requireReady() {
    long missing = unanswered();
    if (missing > 0) {
      throw Refusal.of(Reason.CONFLICT, "report.error.unanswered", missing);
    }
  }
}
