package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.answer.application.AnsweredObservations;
import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.finalversion.domain.FinalVersion;
import co.gov.icetex.participa.finalversion.domain.FinalVersionPart;
import co.gov.icetex.participa.shared.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads published final versions for the public: each part beside its draft, and for each change
 * the observations that led to it, with personal data hidden ({@link PersonalData#redact}), the
 * author's name only with consent, and an answer only once it is published.
 */
@ApplicationScoped
@Transactional
public class FinalVersionCatalog {

  @PersistenceContext EntityManager em;
  @Inject ConsultationCatalog consultations;
  @Inject AnsweredObservations linkedObservations;

  /** When the final version of a published consultation was published, if it was. */
  public Optional<Instant> publishedAt(String slug) {
    return consultations
        .published(slug)
        .flatMap(this::publishedOf)
        .map(FinalVersion::getPublishedAt);
  }

  public Optional<PublishedFinalVersion> published(String slug) {
    return consultations.published(slug).flatMap(c -> publishedOf(c).map(f -> view(c, f)));
  }

  private Optional<FinalVersion> publishedOf(Consultation c) {
    return em.createNamedQuery(FinalVersion.FIND_BY_CONSULTATION, FinalVersion.class)
        .setParameter("consultation", c.getId())
        .getResultStream()
        .filter(FinalVersion::isPublished)
        .findFirst();
  }

  private PublishedFinalVersion view(Consultation c, FinalVersion f) {
    Map<Long, ChangeObservation> observations = observations(f);
    List<FinalPartView> parts =
        f.getParts().stream().map(p -> FinalPartView.of(p, linked(p, observations))).toList();
    return new PublishedFinalVersion(
        c.getSlug(), c.getTitle(), f.getPublishedAt(), f.getSummary(), parts);
  }

  private static List<ChangeObservation> linked(
      FinalVersionPart p, Map<Long, ChangeObservation> observations) {
    return p.getObservationIds().stream()
        .map(observations::get)
        .filter(Objects::nonNull)
        .sorted((a, b) -> a.trackingCode().compareTo(b.trackingCode()))
        .toList();
  }

  private Map<Long, ChangeObservation> observations(FinalVersion f) {
    Set<Long> ids =
        f.getParts().stream()
            .flatMap(p -> p.getObservationIds().stream())
            .collect(Collectors.toSet());
    Map<Long, ChangeObservation> byId = new HashMap<>();
    for (AnsweredObservations.Detail r : linkedObservations.details(ids)) {
      boolean published = "PUBLISHED".equals(r.answerStatus());
      byId.put(
          r.id(),
          new ChangeObservation(
              r.trackingCode(),
              r.showName() ? r.authorName() : null,
              PersonalData.redact(r.text()),
              published ? r.answerOutcome() : null,
              published ? PersonalData.redact(r.answerText()) : null,
              published ? r.answerPublishedAt() : null));
    }
    return byId;
  }
}
