package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.notification.WorkflowMails;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers: responders draft them for observations of their office (one answer may serve a group of
 * similar observations), approvers approve or return them, and publish them one by one or all
 * approved answers of a consultation at once. Authors are e-mailed once per publication. Every step
 * is audited.
 */
@ApplicationScoped
public class AnswerService {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject ObservationFinder finder;
  @Inject WorkflowMails mails;
  @Inject AnswerDeadlines deadlines;
  @Inject CommandValidator validator;

  /** Drafts one answer for the observations named; returns the answer's id. */
  @Transactional
  @RequiresRole(Roles.RESPONDER)
  public long draft(Collection<String> trackingCodes, AnswerOutcome outcome, String text) {
    validator.check(new AnswerDraft(outcome, text));
    Office office =
        caller.office().orElseThrow(() -> Refusal.of(Reason.CONFLICT, "answer.error.noOffice"));
    List<Observation> observations = new ArrayList<>();
    for (String code : new LinkedHashSet<>(trackingCodes)) {
      observations.add(observation(code));
    }
    if (observations.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "moderation.error.nothingSelected");
    }
    List<String> before = observations.stream().map(Observation::auditState).toList();
    var answer =
        new Answer(
            observations, office, outcome, PlainText.multiLine(text), caller.name(), clock.now());
    em.persist(answer);
    em.flush();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      audit.record(
          caller.name(),
          "ANSWER_DRAFTED",
          "Observation",
          o.getTrackingCode(),
          before.get(i),
          o.auditState());
    }
    audit.record(
        caller.name(),
        "ANSWER_DRAFTED",
        "Answer",
        answer.getId().toString(),
        null,
        describe(answer));
    return answer.getId();
  }

  /**
   * A new text for a draft or a returned answer; only a responder of the answer's office may write
   * it.
   */
  @Transactional
  @RequiresRole(Roles.RESPONDER)
  public void redraft(long answerId, AnswerOutcome outcome, String text) {
    validator.check(new AnswerDraft(outcome, text));
    Answer answer = answer(answerId);
    Office mine =
        caller.office().orElseThrow(() -> Refusal.of(Reason.CONFLICT, "answer.error.noOffice"));
    if (!mine.getId().equals(answer.getOffice().getId())) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.otherOffice");
    }
    String before = describe(answer);
    answer.redraft(outcome, PlainText.multiLine(text), caller.name(), clock.now());
    audit.record(
        caller.name(),
        "ANSWER_REDRAFTED",
        "Answer",
        Long.toString(answerId),
        before,
        describe(answer));
  }

  @Transactional
  @RequiresRole(Roles.APPROVER)
  public void approve(long answerId) {
    Answer answer = answer(answerId);
    String before = describe(answer);
    answer.approve(caller.name(), clock.now());
    audit.record(
        caller.name(),
        "ANSWER_APPROVED",
        "Answer",
        Long.toString(answerId),
        before,
        describe(answer));
  }

  @Transactional
  @RequiresRole(Roles.APPROVER)
  public void returnForChanges(long answerId, String comment) {
    validator.check(new ReturnForChanges(comment));
    Answer answer = answer(answerId);
    String before = describe(answer);
    answer.returnForChanges(comment, caller.name(), clock.now());
    audit.record(
        caller.name(),
        "ANSWER_RETURNED",
        "Answer",
        Long.toString(answerId),
        before,
        describe(answer));
  }

  /** Publishes one approved answer; its authors are e-mailed. */
  @Transactional
  @RequiresRole(Roles.APPROVER)
  public void publish(long answerId) {
    publishAll(List.of(answer(answerId)));
  }

  /**
   * Publishes every approved answer of a consultation at once; returns how many observations were
   * answered.
   */
  @Transactional
  @RequiresRole(Roles.APPROVER)
  public int publishApproved(long consultationId) {
    List<Answer> approved =
        em.createQuery(
                "SELECT a FROM Answer a WHERE a.consultation.id = :c AND a.status = :approved ORDER BY a.id",
                Answer.class)
            .setParameter("c", consultationId)
            .setParameter("approved", AnswerStatus.APPROVED)
            .getResultList();
    if (approved.isEmpty()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.nothingApproved");
    }
    return publishAll(approved);
  }

  private int publishAll(List<Answer> answers) {
    Instant now = clock.now();
    String publication = UUID.randomUUID().toString();
    List<Observation> published = new ArrayList<>();
    for (Answer answer : answers) {
      String before = describe(answer);
      answer.publish(now);
      audit.record(
          caller.name(),
          "ANSWER_PUBLISHED",
          "Answer",
          answer.getId().toString(),
          before,
          describe(answer));
      published.addAll(answer.getObservations());
    }
    mails.answersPublished(publication, published);
    return published.size();
  }

  /**
   * Ley 1755 de 2015, art. 14 par.: before the deadline, the author is told the answer needs more
   * time, with the reasons and a new date no later than double the term.
   */
  @Transactional
  @RequiresRole(Roles.APPROVER)
  public void extendDeadline(String trackingCode, DeadlineExtension extension) {
    validator.check(extension);
    Observation o = observation(trackingCode);
    String before = o.auditState();
    o.extendDeadline(
        extension.date(),
        deadlines.latestExtension(o),
        extension.reason(),
        clock.today(),
        clock.now());
    audit.record(
        caller.name(),
        "DEADLINE_EXTENDED",
        "Observation",
        o.getTrackingCode(),
        before,
        o.auditState());
    mails.extended(o);
  }

  /** The latest date an extension of this observation may promise, for the form. */
  @Transactional
  @RequiresRole(Roles.APPROVER)
  public LocalDate latestExtension(String trackingCode) {
    return deadlines.latestExtension(observation(trackingCode));
  }

  /**
   * The answer with this id as a staff page shows it (its office and observations read), or empty:
   * an observation's {@code answerId} names it. The page that asks has already decided the person
   * may see the observation.
   */
  @Transactional
  public Optional<Answer> find(Long answerId) {
    if (answerId == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM Answer a JOIN FETCH a.office LEFT JOIN FETCH a.observations"
                + " WHERE a.id = :id",
            Answer.class)
        .setParameter("id", answerId)
        .getResultStream()
        .findFirst();
  }

  private Answer answer(long id) {
    Answer answer = em.find(Answer.class, id);
    if (answer == null) {
      throw Refusal.of(Reason.NOT_FOUND, "answer.error.notFound");
    }
    return answer;
  }

  private Observation observation(String code) {
    return finder.require(code);
  }

  private static String describe(Answer a) {
    return "status="
        + a.getStatus()
        + "; outcome="
        + a.getOutcome()
        + "; office="
        + a.getOffice().getName()
        + "; observations="
        + a.getObservations().stream().map(Observation::getTrackingCode).toList()
        + "; text="
        + a.getText();
  }
}
