package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.List;

/**
 * An immutable copy of a published consultation's content. Whatever depends on the time (phase,
 * days left) is computed when a document is asked for, never stored here.
 */
record DocumentSnapshot(
    String slug,
    String title,
    ConsultationType type,
    int year,
    String office,
    String summary,
    CommentWindow window,
    String shortWindowReason,
    List<PartView> parts,
    List<FileSummary> files,
    int version,
    Instant publishedAt,
    List<NoticeView> notices,
    List<RevisionView> revisions,
    boolean showsObservations) {

  DocumentSnapshot(
      Consultation c,
      List<PartView> parts,
      List<FileSummary> files,
      List<NoticeView> notices,
      List<RevisionView> revisions) {
    this(
        c.getSlug(),
        c.getTitle(),
        c.getType(),
        c.getYear(),
        c.getOffice(),
        c.getSummary(),
        c.getWindow(),
        c.getShortWindowReason(),
        List.copyOf(parts),
        List.copyOf(files),
        c.getContentVersion(),
        c.getPublishedAt(),
        List.copyOf(notices),
        List.copyOf(revisions),
        c.showsObservations());
  }

  ConsultationDocument documentAt(Instant now) {
    var summaryNow = ConsultationSummary.of(slug, title, type, year, office, summary, window, now);
    return new ConsultationDocument(
        summaryNow,
        shortWindowReason,
        parts,
        files,
        version,
        publishedAt,
        notices,
        revisions,
        showsObservations);
  }
}
