package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.consultation.application.CatalogFilter;
import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationSummary;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.finalversion.application.FinalVersionCatalog;
import co.gov.icetex.participa.report.application.ReportReader;
import co.gov.icetex.participa.report.application.ReportSummary;
import co.gov.icetex.participa.report.application.ReportVersion;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The public feeds: the consultations open for comment, and one consultation's published documents.
 */
@ApplicationScoped
public class AtomFeeds {

  @Inject ConsultationCatalog catalog;
  @Inject ReportReader reports;
  @Inject FinalVersionCatalog finalVersions;
  @Inject AlertLinks links;
  @Inject AppClock clock;

  /** The consultations open now, the most recently opened first. */
  public AtomFeed openConsultations() {
    List<AtomFeed.Entry> entries =
        catalog.list(new CatalogFilter(ConsultationPhase.OPEN, null, null)).stream()
            .sorted(Comparator.comparing(ConsultationSummary::opensAt).reversed())
            .map(
                s ->
                    new AtomFeed.Entry(
                        links.consultation(s.slug()),
                        s.title(),
                        links.consultation(s.slug()),
                        s.opensAt(),
                        Messages.get(
                            "alerts.feed.open.entry",
                            Messages.get("ConsultationType." + s.type()),
                            DateFormats.closing(s.closesAt()),
                            s.summary())))
            .toList();
    return new AtomFeed(
        links.openFeed(),
        Messages.get("alerts.feed.open.title"),
        links.openFeed(),
        links.home(),
        updated(entries),
        entries);
  }

  /**
   * The report versions and final version of a published consultation, newest first; empty when
   * none has that slug.
   */
  public Optional<AtomFeed> documents(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    Optional<Consultation> consultation = catalog.published(slug.strip());
    if (consultation.isEmpty()) {
      return Optional.empty();
    }
    Consultation c = consultation.get();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    reports
        .find(c.getSlug(), null)
        .map(ReportSummary::versions)
        .orElse(List.of())
        .forEach(
            (ReportVersion v) ->
                entries.add(
                    new AtomFeed.Entry(
                        links.report(c.getSlug(), v.version()),
                        Messages.get("alerts.feed.documents.report", v.version(), c.getTitle()),
                        links.report(c.getSlug(), v.version()),
                        v.publishedAt(),
                        Messages.get("alerts.feed.documents.reportSummary", v.observations()))));
    finalVersions
        .publishedAt(c.getSlug())
        .ifPresent(
            at ->
                entries.add(
                    new AtomFeed.Entry(
                        links.finalVersion(c.getSlug()),
                        Messages.get("alerts.feed.documents.final", c.getTitle()),
                        links.finalVersion(c.getSlug()),
                        at,
                        null)));
    entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed());
    return Optional.of(
        new AtomFeed(
            links.documentsFeed(c.getSlug()),
            Messages.get("alerts.feed.documents.title", c.getTitle()),
            links.documentsFeed(c.getSlug()),
            links.consultation(c.getSlug()),
            entries.isEmpty()
                ? Optional.ofNullable(c.getPublishedAt()).orElse(c.getUpdatedAt())
                : updated(entries),
            entries));
  }

  /**
   * The newest entry's time; without entries, the current hour (a feed must say when it changed).
   */
  private Instant updated(List<AtomFeed.Entry> entries) {
    return entries.stream()
        .map(AtomFeed.Entry::updated)
        .max(Comparator.naturalOrder())
        .orElse(clock.now().truncatedTo(ChronoUnit.HOURS));
  }
}
