package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationFile;
import co.gov.icetex.participa.consultation.domain.ConsultationNotice;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationRevision;
import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the public sees: published consultations and their documents. The phase depends on the
 * clock, so it is computed when read; nothing needs to flip a flag at the opening or closing time.
 * Parts are read with their parent's id in the same query, so nothing is loaded lazily later.
 */
@ApplicationScoped
@Transactional
public class ConsultationCatalog {

  /**
   * Open ones first (closing soonest first), then upcoming (opening soonest), then closed (latest).
   */
  static final Comparator<ConsultationSummary> PUBLIC_ORDER =
      Comparator.comparingInt((ConsultationSummary s) -> rank(s.phase()))
          .thenComparingLong(ConsultationCatalog::orderWithinPhase)
          .thenComparing(ConsultationSummary::title);

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject DocumentCache cache;

  private static int rank(ConsultationPhase phase) {
    return switch (phase) {
      case OPEN -> 0;
      case UPCOMING -> 1;
      case CLOSED -> 2;
    };
  }

  private static long orderWithinPhase(ConsultationSummary s) {
    return switch (s.phase()) {
      case OPEN -> s.closesAt().getEpochSecond();
      case UPCOMING -> s.opensAt().getEpochSecond();
      case CLOSED -> -s.closesAt().getEpochSecond();
    };
  }

  public List<ConsultationSummary> list(CatalogFilter filter) {
    Instant now = clock.now();
    return em
        .createQuery("SELECT c FROM Consultation c WHERE c.published = TRUE", Consultation.class)
        .getResultList()
        .stream()
        .map(c -> ConsultationSummary.of(c, now))
        .filter(filter::matches)
        .sorted(PUBLIC_ORDER)
        .toList();
  }

  /** The years that have published consultations, newest first, for the year filter. */
  public List<Integer> years() {
    return em.createQuery(
            "SELECT DISTINCT c.year FROM Consultation c WHERE c.published = TRUE ORDER BY c.year DESC",
            Integer.class)
        .getResultList();
  }

  /**
   * The document of a published consultation. Its content is read from a copy at most {@link
   * DocumentCache#MAX_AGE} old (the public page is the portal's busiest and its content rarely
   * changes); its phase and days left are computed now, from the cached window.
   */
  @Transactional(
      TxType.SUPPORTS) // served from the cache without a transaction; a miss reads without one too
  public Optional<ConsultationDocument> document(String slug) {
    return cache.get(slug, this::snapshot).map(s -> s.documentAt(clock.now()));
  }

  public Optional<Consultation> published(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Consultation.FIND_BY_SLUG, Consultation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  private Optional<DocumentSnapshot> snapshot(String slug) {
    return published(slug).map(this::snapshotOf);
  }

  private DocumentSnapshot snapshotOf(Consultation c) {
    List<PartView> parts =
        em
            .createQuery(
                "SELECT p, parent.id FROM ConsultationPart p LEFT JOIN p.parent parent "
                    + "WHERE p.consultation = :c ORDER BY p.position",
                Object[].class)
            .setParameter("c", c)
            .getResultList()
            .stream()
            .map(row -> PartView.of((ConsultationPart) row[0], (Long) row[1]))
            .toList();
    List<FileSummary> files =
        em.createQuery(
                "SELECT NEW co.gov.icetex.participa.consultation.application.FileSummary("
                    + "f.id, f.title, f.file.fileName, f.file.mediaType, f.file.sizeBytes) "
                    + "FROM ConsultationFile f WHERE f.consultation = :c ORDER BY f.position",
                FileSummary.class)
            .setParameter("c", c)
            .getResultList();
    List<NoticeView> notices =
        em
            .createQuery(
                "SELECT n FROM ConsultationNotice n WHERE n.consultation = :c ORDER BY n.createdAt",
                ConsultationNotice.class)
            .setParameter("c", c)
            .getResultList()
            .stream()
            .map(NoticeView::of)
            .toList();
    List<RevisionView> revisions =
        em
            .createQuery(
                "SELECT r FROM ConsultationRevision r WHERE r.consultation = :c ORDER BY r.versionNumber",
                ConsultationRevision.class)
            .setParameter("c", c)
            .getResultList()
            .stream()
            .map(RevisionView::of)
            .toList();
    return new DocumentSnapshot(c, parts, files, notices, revisions);
  }

  /** A file of a published consultation, with its bytes. */
  public Optional<FileDownload> file(String slug, long fileId) {
    return em.createQuery(
            "SELECT f FROM ConsultationFile f WHERE f.id = :id AND f.consultation.slug = :slug "
                + "AND f.consultation.published = TRUE",
            ConsultationFile.class)
        .setParameter("id", fileId)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(
            f ->
                new FileDownload(
                    f.getFile().getFileName(), f.getFile().getMediaType(), f.getFile().content()));
  }
}
