package co.gov.icetex.participa.statistics;

import java.util.List;
import java.util.Map;

/**
 * Participation figures for a filter. {@code observations} counts every observation received on a
 * published consultation except those rejected as spam (not participation); {@code answered} counts
 * the observations whose answer is published, {@code onTime} those of them answered on time; {@code
 * inCampaigns} those of {@code observations} that came in a form-letter campaign (grouped with
 * identical or near-identical texts: participation, but not as many distinct voices).
 */
public record ParticipationStatistics(
    StatisticsFilter filter,
    long observations,
    Map<Dimension, List<Count>> breakdowns,
    long answered,
    long onTime,
    long inCampaigns) {

  public List<Count> by(Dimension d) {
    return breakdowns.getOrDefault(d, List.of());
  }

  /** Whole percent of published answers that came on time; 0 when none is published. */
  public int onTimePercent() {
    return answered == 0 ? 0 : (int) Math.round(100.0 * onTime / answered);
  }

  public long late() {
    return answered - onTime;
  }
}
