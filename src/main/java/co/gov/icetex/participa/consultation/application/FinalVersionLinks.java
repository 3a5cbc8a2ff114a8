package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the consultation's page and API show of its published final version. The final version is a
 * feature built on consultation ({@code finalversion}), so consultation cannot call it; it states
 * here what it needs and {@code finalversion.application.PublishedFinalVersions} implements it.
 */
public interface FinalVersionLinks {

  /** When the final version of a published consultation was published, if it was. */
  Optional<Instant> publishedAt(String slug);

  /** The published final version of a published consultation, if there is one. */
  Optional<Published> published(String slug);

  /** A published final version: when, the summary of changes, and every part in final order. */
  record Published(Instant publishedAt, String summary, int changes, List<Part> parts) {}

  /**
   * A part of the final version: {@code draftPartId} is the draft part it comes from (null when
   * added), {@code changeType} UNCHANGED, CHANGED, ADDED or REMOVED (a removed part carries the
   * draft's number and title only), {@code observations} the tracking codes of the observations
   * that led to the change.
   */
  record Part(
      long id,
      Long draftPartId,
      String changeType,
      PartKind kind,
      int depth,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields,
      List<String> observations) {}
}
