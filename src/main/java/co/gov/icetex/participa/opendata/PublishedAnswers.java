package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.application.AnswerLookup;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  @PersistenceContext EntityManager em;
  @Inject CampaignDirectory campaigns;
  @Inject AnswerLookup answerLookup;

  public Paged<PublishedAnswer> page(AnswerFilter filter, int page, int size) {
    long total =
        bind(em.createQuery("SELECT COUNT(o)" + FROM + where(filter), Long.class), filter)
            .getSingleResult();
    List<PublishedAnswer> items =
        withCampaigns(
            read(
                ids(filter).setFirstResult((page - 1) * size).setMaxResults(size).getResultList()));
    return new Paged<>(items, total, page, size);
  }

  /**
   * Every published answer matching {@code filter}, for the datasets (thousands of rows at this
   * scale).
   */
  public List<PublishedAnswer> all(AnswerFilter filter) {
    return withCampaigns(read(ids(filter).getResultList()));
  }

  private List<PublishedAnswer> withCampaigns(List<PublishedAnswer> answers) {
    var members =
        campaigns.membersRepresentedBy(
            answers.stream().map(PublishedAnswer::trackingCode).toList());
    return answers.stream()
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
    List<Object[]> ids =
        em.createQuery("SELECT o.id, a.id" + FROM + " AND o.id IN :ids", Object[].class)
            .setParameter("answerStatus", AnswerStatus.PUBLISHED)
            .setParameter("status", ObservationStatus.PUBLISHED)
            .setParameter("ids", observationIds)
            .getResultList();
    Map<Long, PublishedAnswer> byObservation = new HashMap<>();
    List<PublishedAnswer> read = read(ids);
    for (int i = 0; i < ids.size(); i++) {
      byObservation.put((Long) ids.get(i)[0], read.get(i));
    }
    return byObservation;
  }

  /** The observation and answer ids of the matching rows, in the order they are listed. */
  private TypedQuery<Object[]> ids(AnswerFilter filter) {
    String jpql = "SELECT o.id, a.id" + FROM + where(filter) + " ORDER BY a.publishedAt DESC, o.id";
    return bind(em.createQuery(jpql, Object[].class), filter);
  }

  /**
   * The rows named by (observation id, answer id), in that order, each read with what
   * PublishedAnswer shows: the observations with their consultation and part, the answers with
   * their office, one query each (EclipseLink does not read fetch joins back reliably when a query
   * selects two entities).
   */
  private List<PublishedAnswer> read(List<Object[]> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Observation> observations = new HashMap<>();
    em.createQuery(
            "SELECT o FROM Observation o JOIN FETCH o.consultation LEFT JOIN FETCH o.part"
                + " WHERE o.id IN :ids",
            Observation.class)
        .setParameter("ids", ids.stream().map(r -> (Long) r[0]).toList())
        .getResultList()
        .forEach(o -> observations.put(o.getId(), o));
    Map<Long, Answer> answers = answerLookup.byIds(ids.stream().map(r -> (Long) r[1]).toList());
    return ids.stream()
        .map(r -> PublishedAnswer.of(observations.get(r[0]), answers.get(r[1])))
        .toList();
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
