package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.observation.application.SuppressedAuthors;
import co.gov.icetex.participa.report.domain.ResponseReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Public reads of published reports: a version (the latest when none is named), its versions, and
 * its entries page by page. Every format streams through {@link #forEachEntry}, which holds one
 * page of {@value #PAGE} rows at a time however long the report is.
 */
@ApplicationScoped
public class ReportReader {

  static final int PAGE = 500;

  static final String SELECT_ROW =
      "SELECT NEW co.gov.icetex.participa.report.application.EntryRow(e.position, e.trackingCode, e.partLabel,"
          + " e.publicAuthor, e.stakeholderGroup, e.departmentCode, e.channel, e.receivedAt, e.text, e.disposition,"
          + " e.reason, e.outcome, e.answerText, e.answeredAt, e.dueDate, e.onTime, e.campaignCodes)"
          + " FROM ReportEntry e";

  private static final String ENTRY_ROW =
      SELECT_ROW
          + " WHERE e.report.id = :report AND e.position > :after AND e.campaignOf IS NULL"
          + " ORDER BY e.position";

  @PersistenceContext EntityManager em;
  @Inject SuppressedAuthors suppressed;

  /**
   * The named version of the report of the consultation {@code slug}, or its latest when {@code
   * version} is null.
   */
  public Optional<ReportSummary> find(String slug, Integer version) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    List<ResponseReport> all =
        em.createNamedQuery(ResponseReport.FIND_BY_SLUG, ResponseReport.class)
            .setParameter("slug", slug.strip())
            .getResultList();
    List<ReportVersion> versions = all.stream().map(ReportVersion::of).toList();
    return all.stream()
        .filter(r -> version == null || r.getVersionNumber() == version)
        .findFirst()
        .map(r -> ReportSummary.of(r, versions));
  }

  /**
   * The latest version of a consultation's report, for a link to it; empty when none is published.
   */
  public Optional<ReportVersion> latest(String slug) {
    return em.createNamedQuery(ResponseReport.FIND_BY_SLUG, ResponseReport.class)
        .setParameter("slug", slug)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ReportVersion::of);
  }

  /**
   * Up to {@code limit} entries after {@code afterPosition} (positions start at 1), in order; an
   * author who has since had their personal data suppressed is no longer named.
   */
  public List<EntryRow> entries(long reportId, int afterPosition, int limit) {
    List<EntryRow> page =
        em.createQuery(ENTRY_ROW, EntryRow.class)
            .setParameter("report", reportId)
            .setParameter("after", afterPosition)
            .setMaxResults(limit)
            .getResultList();
    return withoutWithdrawnAuthors(page);
  }

  /** The same rows, without the names of authors who have since withdrawn their consent. */
  List<EntryRow> withoutWithdrawnAuthors(List<EntryRow> page) {
    List<String> named =
        page.stream().filter(e -> e.publicAuthor() != null).map(EntryRow::trackingCode).toList();
    if (named.isEmpty()) {
      return page;
    }
    var withdrawn = suppressed.among(named);
    return withdrawn.isEmpty()
        ? page
        : page.stream()
            .map(e -> withdrawn.contains(e.trackingCode()) ? e.withoutAuthor() : e)
            .toList();
  }

  /** Every entry in order, read {@value #PAGE} at a time (keyset paging on the position). */
  public void forEachEntry(long reportId, Consumer<EntryRow> action) {
    int after = 0;
    while (true) {
      List<EntryRow> page = entries(reportId, after, PAGE);
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).position();
    }
  }
}
