package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.shared.paging.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a reader finds their way in a long published report: the observations narrowed by part,
 * result and group, page by page, and one observation by its tracking code. A form-letter campaign
 * stays one entry, at its representative, as in every format; a member's code finds that entry.
 */
@ApplicationScoped
public class ReportBrowsing {

  /**
   * A tracking code found in a report: the entry that lists it (its campaign's, if it came in one).
   */
  public record CodeMatch(String code, EntryRow entry) {

    /** Whether the code is a campaign member listed under another observation's entry. */
    public boolean inCampaign() {
      return !entry.trackingCode().equals(code);
    }
  }

  /** Longest code looked up; anything longer is no tracking code. */
  static final int MAX_CODE = 40;

  @PersistenceContext EntityManager em;
  @Inject ReportReader reader;

  /** One page (from 1) of the report's entries that pass {@code filter}, in report order. */
  public Paged<EntryRow> entries(long reportId, ReportFilter filter, int page, int size) {
    var where = new StringBuilder(" WHERE e.report.id = :report AND e.campaignOf IS NULL");
    var params = new ArrayList<Object[]>();
    params.add(new Object[] {"report", reportId});
    if (ReportFilter.WHOLE_DOCUMENT.equals(filter.part())) {
      where.append(" AND e.partLabel IS NULL");
    } else if (filter.part() != null) {
      where.append(" AND e.partLabel = :part");
      params.add(new Object[] {"part", filter.part()});
    }
    if (filter.result() instanceof AnswerOutcome outcome) {
      where.append(" AND e.disposition = :disposition AND e.outcome = :outcome");
      params.add(new Object[] {"disposition", ReportDisposition.ANSWERED});
      params.add(new Object[] {"outcome", outcome});
    } else if (filter.result() instanceof ReportDisposition disposition) {
      where.append(" AND e.disposition = :disposition");
      params.add(new Object[] {"disposition", disposition});
    }
    if (filter.group() != null) {
      where.append(" AND e.stakeholderGroup = :group");
      params.add(new Object[] {"group", filter.group()});
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM ReportEntry e" + where, Long.class);
    TypedQuery<EntryRow> rows =
        em.createQuery(ReportReader.SELECT_ROW + where + " ORDER BY e.position", EntryRow.class);
    for (Object[] p : params) {
      count.setParameter((String) p[0], p[1]);
      rows.setParameter((String) p[0], p[1]);
    }
    long total = count.getSingleResult();
    int last = (int) Math.max(1, (total + size - 1) / size);
    int shown = Math.min(Math.max(1, page), last);
    List<EntryRow> items =
        rows.setFirstResult((shown - 1) * size).setMaxResults(size).getResultList();
    return new Paged<>(reader.withoutWithdrawnAuthors(items), total, shown, size);
  }

  /**
   * The labels of the parts the report's observations were made on, in the order of the report
   * (observations on the whole document have none and are not listed here).
   */
  public List<String> partLabels(long reportId) {
    return em.createQuery(
            "SELECT e.partLabel FROM ReportEntry e WHERE e.report.id = :report AND e.partLabel IS NOT NULL"
                + " GROUP BY e.partLabel ORDER BY MIN(e.position)",
            String.class)
        .setParameter("report", reportId)
        .getResultList();
  }

  /**
   * The entry that lists the observation with this tracking code (spaces and case ignored), empty
   * when the report has none.
   */
  public Optional<CodeMatch> byCode(long reportId, String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (wanted.isEmpty() || wanted.length() > MAX_CODE) {
      return Optional.empty();
    }
    List<String> campaignOf =
        em.createQuery(
                "SELECT COALESCE(e.campaignOf, e.trackingCode) FROM ReportEntry e"
                    + " WHERE e.report.id = :report AND e.trackingCode = :code",
                String.class)
            .setParameter("report", reportId)
            .setParameter("code", wanted)
            .getResultList();
    if (campaignOf.isEmpty()) {
      return Optional.empty();
    }
    List<EntryRow> entry =
        em.createQuery(
                ReportReader.SELECT_ROW + " WHERE e.report.id = :report AND e.trackingCode = :code",
                EntryRow.class)
            .setParameter("report", reportId)
            .setParameter("code", campaignOf.get(0))
            .getResultList();
    return reader.withoutWithdrawnAuthors(entry).stream()
        .findFirst()
        .map(e -> new CodeMatch(wanted, e));
  }
}
