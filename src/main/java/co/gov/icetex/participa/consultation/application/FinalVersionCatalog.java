package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.FinalVersion;
import co.gov.icetex.participa.consultation.domain.FinalVersionPart;
import co.gov.icetex.participa.shared.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads published final versions for the public: each part beside its draft, and for each change the
 * observations that led to it, with personal data hidden ({@link PersonalData#redact}), the author's
 * name only with consent, and an answer only once it is published.
 */
@ApplicationScoped
@Transactional
public class FinalVersionCatalog {

  /**
   * The linked observations with their answers, by SQL: consultation does not depend on the
   * observation feature. E-mails and other personal columns are never read.
   */
  private static final String OBSERVATIONS =
      "SELECT o.id, o.tracking_code, o.author_name, o.show_name, o.text, a.outcome, a.status, a.text, a.published_at "
          + "FROM final_version_change_observation l JOIN observation o ON o.id = l.observation_id "
          + "LEFT JOIN answer a ON a.id = o.answer_id "
          + "JOIN final_version_part p ON p.id = l.final_part_id WHERE p.final_version_id = ?1";

  @PersistenceContext EntityManager em;
  @Inject ConsultationCatalog consultations;

  /** When the final version of a published consultation was published, if it was. */
  public Optional<Instant> publishedAt(String slug) {
    return consultations.published(slug).flatMap(this::publishedOf).map(FinalVersion::getPublishedAt);
  }

  public Optional<PublishedFinalVersion> published(String slug) {
    return consultations.published(slug).flatMap(c -> publishedOf(c).map(f -> view(c, f)));
  }

  private Optional<FinalVersion> publishedOf(Consultation c) {
    return em.createNamedQuery(FinalVersion.FIND_BY_CONSULTATION, FinalVersion.class)
        .setParameter("consultation", c.getId()).getResultStream().filter(FinalVersion::isPublished).findFirst();
  }

  private PublishedFinalVersion view(Consultation c, FinalVersion f) {
    Map<Long, ChangeObservation> observations = observations(f);
    List<FinalPartView> parts = f.getParts().stream()
        .map(p -> FinalPartView.of(p, linked(p, observations)))
        .toList();
    return new PublishedFinalVersion(c.getSlug(), c.getTitle(), f.getPublishedAt(), f.getSummary(), parts);
  }

  private static List<ChangeObservation> linked(FinalVersionPart p, Map<Long, ChangeObservation> observations) {
    return p.getObservationIds().stream().map(observations::get).filter(Objects::nonNull)
        .sorted((a, b) -> a.trackingCode().compareTo(b.trackingCode())).toList();
  }

  private Map<Long, ChangeObservation> observations(FinalVersion f) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(OBSERVATIONS).setParameter(1, f.getId()).getResultList();
    Map<Long, ChangeObservation> byId = new HashMap<>();
    for (Object[] r : rows) {
      boolean showName = r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0;
      boolean published = "PUBLISHED".equals(r[6]);
      byId.put(((Number) r[0]).longValue(), new ChangeObservation(
          (String) r[1],
          showName ? (String) r[2] : null,
          PersonalData.redact((String) r[4]),
          published ? (String) r[5] : null,
          published ? PersonalData.redact((String) r[7]) : null,
          published ? instant(r[8]) : null));
    }
    return byId;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    return value instanceof Instant i ? i : null;
  }
}
