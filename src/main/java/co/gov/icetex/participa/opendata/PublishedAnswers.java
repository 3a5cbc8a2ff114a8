package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.paging.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads published answers for the public, one row per answered observation (an answer that serves a
 * group appears once for each of its observations, as in the response report), except that a
 * form-letter campaign takes one row: its representative's, with the campaign's size and the other
 * members' codes (the other members are left out, as in the staff queue). Only answers in the
 * PUBLISHED state of published consultations are ever read; everything leaves as {@link
 * PublishedAnswer}.
 */
@ApplicationScoped
@Transactional
public class PublishedAnswers {

  private static final String FROM =
      " FROM Observation o JOIN o.consultation c, Answer a"
          + " WHERE a.id = o.answerId AND a.status = :answerStatus AND o.status = :status AND c.published = TRUE";

  /** The same rows with what PublishedAnswer reads, in one query (no lazy loading afterwards). */
  private static final String FETCH =
      "SELECT o, a FROM Observation o JOIN FETCH o.consultation c LEFT JOIN FETCH o.part p,"
          + " Answer a JOIN FETCH a.office"
          + " WHERE a.id = o.answerId AND a.status = :answerStatus AND o.status = :status AND c.published = TRUE";

  @PersistenceContext EntityManager em;
  @Inject CampaignDirectory campaigns;

  public Paged<PublishedAnswer> page(AnswerFilter filter, int page, int size) {
    long total =
        bind(em.createQuery("SELECT COUNT(o)" + FROM + where(filter), Long.class), filter)
            .getSingleResult();
    List<PublishedAnswer> items =
        withCampaigns(
            fetch(filter).setFirstResult((page - 1) * size).setMaxResults(size).getResultList());
    return new Paged<>(items, total, page, size);
  }

  /**
   * Every published answer matching {@code filter}, for the datasets (thousands of rows at this
   * scale).
   */
  public List<PublishedAnswer> all(AnswerFilter filter) {
    return withCampaigns(fetch(filter).getResultList());
  }

  /** Each row is an observation and its answer. */
  private List<PublishedAnswer> withCampaigns(List<Object[]> rows) {
    var members =
        campaigns.membersRepresentedBy(
            rows.stream().map(r -> ((Observation) r[0]).getTrackingCode()).toList());
    return rows.stream()
        .map(PublishedAnswers::of)
        .map(
            a ->
                members.containsKey(a.trackingCode())
                    ? a.representing(members.get(a.trackingCode()))
                    : a)
        .toList();
  }

  /** The published answers of these observations by observation id; others are left out. */
  public Map<Long, PublishedAnswer> ofObservations(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(FETCH + " AND o.id IN :ids", Object[].class)
        .setParameter("answerStatus", AnswerStatus.PUBLISHED)
        .setParameter("status", ObservationStatus.PUBLISHED)
        .setParameter("ids", observationIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> ((Observation) r[0]).getId(), PublishedAnswers::of));
  }

  private static PublishedAnswer of(Object[] row) {
    return PublishedAnswer.of((Observation) row[0], (Answer) row[1]);
  }

  private TypedQuery<Object[]> fetch(AnswerFilter filter) {
    String jpql = FETCH + where(filter) + " ORDER BY a.publishedAt DESC, o.id";
    return bind(em.createQuery(jpql, Object[].class), filter);
  }

  private static String where(AnswerFilter f) {
    var sql = new StringBuilder(" AND o.id NOT IN (" + CampaignDirectory.FOLLOWERS_JPQL + ")");
    if (f.consultationSlug() != null) {
      sql.append(" AND c.slug = :slug");
    }
    if (f.outcome() != null) {
      sql.append(" AND a.outcome = :outcome");
    }
    if (f.year() != null) {
      sql.append(" AND c.year = :year");
    }
    if (f.type() != null) {
      sql.append(" AND c.type = :type");
    }
    return sql.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, AnswerFilter f) {
    q.setParameter("answerStatus", AnswerStatus.PUBLISHED)
        .setParameter("status", ObservationStatus.PUBLISHED);
    if (f.consultationSlug() != null) {
      q.setParameter("slug", f.consultationSlug());
    }
    if (f.outcome() != null) {
      q.setParameter("outcome", f.outcome());
    }
    if (f.year() != null) {
      q.setParameter("year", f.year());
    }
    if (f.type() != null) {
      q.setParameter("type", f.type());
    }
    return q;
  }
}
