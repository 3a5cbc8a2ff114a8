package co.gov.icetex.participa.consultation.application;

import java.time.Instant;
import java.util.List;

/**
 * A published consultation with its outline of parts and its files, ready to be shown; with its
 * version ({@code 1} as first published, one more per correction), the notices of changes to its
 * window and the history of its corrections, oldest first.
 */
public record ConsultationDocument(
    ConsultationSummary summary,
    String shortWindowReason,
    List<PartView> parts,
    List<FileSummary> files,
    int version,
    Instant publishedAt,
    List<NoticeView> notices,
    List<RevisionView> revisions,
    /* whether publishable observations are shown as they come (staff may switch it off) */
    boolean showsObservations) {}
