package co.gov.icetex.participa.statistics;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the public statistics with one aggregate query per breakdown. Figures are read fresh on
 * every request: each query is an indexed GROUP BY over the observations (thousands a year), a few
 * milliseconds, so there is no cache to keep consistent between instances.
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

  /**
   * Which observations count as participation: those of published consultations, except spam.
   * Shared by every figure so that the breakdowns add up to the total.
   */
  private static final String BASE =
      " FROM observation o JOIN consultation c ON c.id = o.consultation_id"
          + " WHERE c.published = TRUE AND (o.triage IS NULL OR o.triage <> 'SPAM')";

  @PersistenceContext EntityManager em;

  public ParticipationStatistics compute(StatisticsFilter filter) {
    long total =
        ((Number)
                bind(em.createNativeQuery("SELECT COUNT(*)" + BASE + where(filter)), filter)
                    .getSingleResult())
            .longValue();
    Map<Dimension, List<Count>> breakdowns = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      breakdowns.put(d, breakdown(d, filter, total));
    }
    // On time: the Bogotá date of publication on or before the due date (PublishedAnswer.onTime).
    // Bogotá
    // keeps one offset all year; it is read from the zone rules, not written here.
    int bogotaOffset = AppClock.BOGOTA.getRules().getOffset(Instant.now()).getTotalSeconds();
    Object[] answers =
        (Object[])
            bind(
                    em.createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN DATE(DATE_ADD(a.published_at, INTERVAL ? SECOND))"
                            + " <= COALESCE(o.extended_due_date, o.due_date) THEN 1 ELSE 0 END), 0)"
                            + BASE.replace(" WHERE ", " JOIN answer a ON a.id = o.answer_id WHERE ")
                            + " AND a.status = 'PUBLISHED' AND o.status = 'PUBLISHED'"
                            + where(filter)),
                    filter,
                    2)
                .setParameter(1, bogotaOffset)
                .getSingleResult();
    long inCampaigns =
        ((Number)
                bind(
                        em.createNativeQuery(
                            "SELECT COUNT(*)"
                                + BASE
                                + " AND o.campaign_id IS NOT NULL"
                                + where(filter)),
                        filter)
                    .getSingleResult())
            .longValue();
    return new ParticipationStatistics(
        filter,
        total,
        breakdowns,
        ((Number) answers[0]).longValue(),
        ((Number) answers[1]).longValue(),
        inCampaigns);
  }

  private List<Count> breakdown(Dimension d, StatisticsFilter filter, long total) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        bind(
                em.createNativeQuery(
                    "SELECT "
                        + d.column()
                        + ", COUNT(*)"
                        + BASE
                        + where(filter)
                        + " GROUP BY "
                        + d.column()),
                filter)
            .getResultList();
    List<Count> counts = new ArrayList<>();
    for (Object[] r : rows) {
      String code = String.valueOf(r[0]);
      long value = ((Number) r[1]).longValue();
      counts.add(
          new Count(
              code,
              label(d, code),
              value,
              total == 0 ? 0 : (int) Math.round(100.0 * value / total)));
    }
    Comparator<Count> order =
        d == Dimension.YEAR
            ? Comparator.comparing(Count::code).reversed()
            : Comparator.comparingLong(Count::value).reversed().thenComparing(Count::label);
    counts.sort(order);
    return counts;
  }

  static String label(Dimension d, String code) {
    return switch (d) {
      case TYPE -> Messages.get("ConsultationType." + code);
      case GROUP -> Messages.get("StakeholderGroup." + code);
      case DEPARTMENT -> Department.ofCode(code).map(Department::getDisplayName).orElse(code);
      case CHANNEL -> Messages.get("Channel." + code);
      case YEAR -> code;
    };
  }

  private static String where(StatisticsFilter f) {
    return (f.year() != null ? " AND c.year = ?" : "")
        + (f.type() != null ? " AND c.type = ?" : "");
  }

  private static Query bind(Query q, StatisticsFilter f) {
    return bind(q, f, 1);
  }

  private static Query bind(Query q, StatisticsFilter f, int first) {
    int n = first;
    if (f.year() != null) {
      q.setParameter(n++, f.year());
    }
    if (f.type() != null) {
      q.setParameter(n, f.type().name());
    }
    return q;
  }
}
