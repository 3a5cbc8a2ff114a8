package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.answer.application.AnswerLookup;
import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingMaterial;
import co.gov.icetex.participa.hearing.domain.HearingRegistration;
import co.gov.icetex.participa.hearing.domain.Memoria;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.observation.application.SuppressedAuthors;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.opendata.PublishedAnswer;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What anyone may see of the hearings, without an account: never a participant's personal data. */
@ApplicationScoped
public class HearingCatalog {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject SuppressedAuthors suppressed;
  @Inject AnswerLookup answerLookup;

  /** Published hearings, newest first (the page groups them by year). */
  @Transactional
  public List<Hearing> published() {
    return em.createQuery(
            "SELECT h FROM Hearing h WHERE h.published = TRUE ORDER BY h.startsAt DESC",
            Hearing.class)
        .getResultList();
  }

  /** A published hearing with its agenda, materials and questions consultation read. */
  @Transactional
  public Optional<Hearing> find(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    Optional<Hearing> found =
        em.createNamedQuery(Hearing.FIND_PUBLISHED, Hearing.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    found.ifPresent(
        h -> {
          h.getAgenda().size();
          h.getMaterials().size();
          if (h.getQuestions() != null) {
            h.getQuestions().getSlug();
          }
        });
    return found;
  }

  @Transactional
  public Optional<HearingMaterial> material(long id) {
    HearingMaterial m = em.find(HearingMaterial.class, id);
    if (m == null || !m.getHearing().isPublished()) {
      return Optional.empty();
    }
    m.getFile().content();
    return Optional.of(m);
  }

  /**
   * The questions whose answers are published, in the order they were received, as the public may
   * see them (PublishedAnswer: names only with consent, texts redacted).
   */
  @Transactional
  public List<PublishedAnswer> answeredQuestions(Hearing hearing) {
    if (hearing.getQuestions() == null) {
      return List.of();
    }
    List<Observation> answered =
        em.createQuery(
                "SELECT o FROM Observation o JOIN FETCH o.consultation LEFT JOIN FETCH o.part"
                    + " WHERE o.consultation.id = :c AND o.status = :published"
                    + " AND o.answerId IS NOT NULL ORDER BY o.receivedAt, o.id",
                Observation.class)
            .setParameter("c", hearing.getQuestions().getId())
            .setParameter("published", ObservationStatus.PUBLISHED)
            .getResultList();
    Map<Long, Answer> answers =
        answerLookup.byIds(answered.stream().map(Observation::getAnswerId).toList());
    return answered.stream().map(o -> PublishedAnswer.of(o, answers.get(o.getAnswerId()))).toList();
  }

  /** How many questions were received in all (whatever became of them). */
  @Transactional
  public long questionsReceived(Hearing hearing) {
    if (hearing.getQuestions() == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(o) FROM Observation o WHERE o.consultation.id = :c", Long.class)
        .setParameter("c", hearing.getQuestions().getId())
        .getSingleResult();
  }

  public record Attendance(long inPerson, long online) {
    public long total() {
      return inPerson + online;
    }
  }

  @Transactional
  public Attendance registrations(Hearing hearing) {
    return new Attendance(
        count(hearing, AttendanceMode.IN_PERSON), count(hearing, AttendanceMode.ONLINE));
  }

  /** Confirmed registrations: a registration holds a seat once its address confirmed it. */
  long count(Hearing hearing, AttendanceMode mode) {
    return em.createNamedQuery(HearingRegistration.COUNT_CONFIRMED, Long.class)
        .setParameter("hearing", hearing)
        .setParameter("mode", mode)
        .getSingleResult();
  }

  /**
   * The evaluation's confirmed results, aggregated: averages, the answered-question split, the
   * comments (redacted).
   */
  public record SurveyResults(
      long responses,
      double clarity,
      double usefulness,
      long answered,
      long notAnswered,
      long noQuestion,
      List<String> comments) {}

  @Transactional
  public SurveyResults surveyResults(Hearing hearing) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(s), AVG(s.clarity), AVG(s.usefulness),"
                    + " SUM(CASE WHEN s.questionAnswered = :yes THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.questionAnswered = :no THEN 1 ELSE 0 END)"
                    + " FROM SurveyResponse s WHERE s.hearing = :h AND s.confirmation.confirmedAt IS NOT NULL",
                Object[].class)
            .setParameter("h", hearing)
            .setParameter("yes", SurveyAnswer.YES)
            .setParameter("no", SurveyAnswer.NO)
            .getSingleResult();
    long responses = number(row[0]);
    long yes = number(row[3]);
    long no = number(row[4]);
    List<String> comments =
        em.createQuery(
                "SELECT s.comment FROM SurveyResponse s WHERE s.hearing = :h AND s.comment IS NOT NULL"
                    + " AND s.confirmation.confirmedAt IS NOT NULL ORDER BY s.id",
                String.class)
            .setParameter("h", hearing)
            .setMaxResults(500)
            .getResultStream()
            .map(PersonalData::redact)
            .toList();
    return new SurveyResults(
        responses, decimal(row[1]), decimal(row[2]), yes, no, responses - yes - no, comments);
  }

  @Transactional
  public List<Memoria> memorias(Hearing hearing) {
    return em.createQuery(
            "SELECT m FROM Memoria m WHERE m.hearing = :h ORDER BY m.number DESC", Memoria.class)
        .setParameter("h", hearing)
        .getResultList();
  }

  /**
   * A memoria as the public reads it: frozen, except that withdrawn authors' names are not shown.
   */
  public MemoriaView view(Memoria memoria) {
    MemoriaView view = MemoriaView.of(memoria);
    List<String> named =
        view.questions().stream()
            .filter(q -> !q.author().isEmpty())
            .map(MemoriaView.Question::trackingCode)
            .toList();
    return named.isEmpty() ? view : view.withoutAuthorsOf(suppressed.among(named));
  }

  public Instant now() {
    return clock.now();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static double decimal(Object value) {
    return value == null ? 0 : Math.round(((Number) value).doubleValue() * 10) / 10.0;
  }
}
