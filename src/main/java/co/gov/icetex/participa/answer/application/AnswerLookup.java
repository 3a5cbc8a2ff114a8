package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.observation.application.PublishedAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers read by id, for the features that list observations with their answers: the observation
 * names its answer ({@code Observation.getAnswerId}), the answer is read here. Also what the
 * observation feature's public lookup shows of an answer: only a published one.
 */
@ApplicationScoped
@Transactional
public class AnswerLookup implements PublishedAnswers {

  @PersistenceContext EntityManager em;

  /**
   * The answers with these ids, their office read, by id; ids that match none are left out. Null
   * ids (observations not answered) are ignored, and asking the map for null gives null.
   */
  public Map<Long, Answer> byIds(Collection<Long> answerIds) {
    List<Long> ids = answerIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<Long, Answer> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT a FROM Answer a JOIN FETCH a.office WHERE a.id IN :ids", Answer.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(a -> byId.put(a.getId(), a));
    }
    return byId;
  }

  @Override
  public Optional<Published> ofAnswer(long answerId) {
    return Optional.ofNullable(em.find(Answer.class, answerId))
        .filter(a -> a.getStatus() == AnswerStatus.PUBLISHED)
        .map(a -> new Published(a.getOutcome().name(), a.getText(), a.getPublishedAt()));
  }
}
