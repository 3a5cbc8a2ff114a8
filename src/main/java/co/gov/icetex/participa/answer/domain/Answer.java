package co.gov.icetex.participa.answer.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one observation, or to a group of similar observations of the same consultation and
 * office. It moves its observations along with it: drafted → approved (or returned) → published, so
 * an observation and its answer never disagree about where they stand.
 *
 * <p>Four eyes: the person who drafted an answer cannot approve it, even when they hold both roles.
 */
@Entity
@Table(name = "answer")
public class Answer {

  public static final int MAX_TEXT = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id")
  private Office office;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnswerOutcome outcome;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnswerStatus status;

  @Column(name = "drafted_by", nullable = false)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "return_comment")
  private String returnComment;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  /**
   * The answer owns the link: it writes {@code observation.answer_id} (the column stays where it
   * always was), so the observation needs to know nothing of answers but that id.
   */
  @OneToMany
  @JoinColumn(name = "answer_id")
  @OrderBy("id")
  private List<Observation> observations = new ArrayList<>();

  protected Answer() {}

  /**
   * Drafts one answer for {@code observations}: all assigned to {@code office} and awaiting an
   * answer.
   */
  public Answer(
      List<Observation> observations,
      Office office,
      AnswerOutcome outcome,
      String text,
      String draftedBy,
      Instant now) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("An answer answers at least one observation");
    }
    this.consultation = observations.get(0).getConsultation();
    this.office = Objects.requireNonNull(office);
    for (Observation o : observations) {
      if (o.getConsultation() != consultation) {
        throw Refusal.of(Reason.CONFLICT, "answer.error.mixedConsultations");
      }
      if (o.getOffice() == null || !o.getOffice().getId().equals(office.getId())) {
        throw Refusal.of(Reason.CONFLICT, "answer.error.notAssignedToOffice", o.getTrackingCode());
      }
      if (!o.isAwaitingAnswer()) {
        throw Refusal.of(Reason.CONFLICT, "answer.error.notAnswerable", o.getTrackingCode());
      }
    }
    this.status = AnswerStatus.DRAFT;
    write(outcome, text, draftedBy, now);
    for (Observation o : observations) {
      o.answerMoved(status.observationStatus(), now);
      this.observations.add(o);
    }
  }

  /**
   * The link writes {@code observation.answer_id} with the answer, once its generated id exists;
   * the observations read in this transaction are told that id too, so they do not look unanswered
   * until they are read again.
   */
  @PostPersist
  private void linkObservations() {
    observations.forEach(o -> o.answerStored(id));
  }

  private void write(AnswerOutcome outcome, String text, String by, Instant now) {
    if (outcome == null) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.outcomeRequired");
    }
    if (text == null || text.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.textRequired");
    }
    if (text.length() > MAX_TEXT) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.textTooLong", MAX_TEXT);
    }
    this.outcome = outcome;
    this.text = text.strip();
    this.draftedBy = Objects.requireNonNull(by);
    this.draftedAt = now;
  }

  /** Its office may still write it: a draft, or an answer returned for changes. */
  public boolean isEditable() {
    return status == AnswerStatus.DRAFT || status == AnswerStatus.RETURNED;
  }

  /** An approver may approve it or return it (to someone else than who drafted it). */
  public boolean isAwaitingApproval() {
    return status == AnswerStatus.DRAFT;
  }

  /** An approver may publish it. */
  public boolean isPublishable() {
    return status == AnswerStatus.APPROVED;
  }

  /** A new draft, after a return or before approval; it goes back to the approver. */
  public void redraft(AnswerOutcome outcome, String text, String by, Instant now) {
    if (!isEditable()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.notEditable");
    }
    write(outcome, text, by, now);
    moveTo(AnswerStatus.DRAFT, now);
  }

  public void approve(String approver, Instant now) {
    requireReviewable(approver);
    this.reviewedBy = approver;
    this.reviewedAt = now;
    this.returnComment = null;
    moveTo(AnswerStatus.APPROVED, now);
  }

  public void returnForChanges(String comment, String approver, Instant now) {
    requireReviewable(approver);
    if (comment == null || comment.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.returnCommentRequired");
    }
    this.reviewedBy = approver;
    this.reviewedAt = now;
    this.returnComment = comment.strip();
    moveTo(AnswerStatus.RETURNED, now);
  }

  private void requireReviewable(String approver) {
    if (!isAwaitingApproval()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.notAwaitingApproval");
    }
    if (draftedBy.equalsIgnoreCase(approver)) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.fourEyes");
    }
  }

  public void publish(Instant now) {
    if (!isPublishable()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.notApproved");
    }
    this.publishedAt = now;
    moveTo(AnswerStatus.PUBLISHED, now);
  }

  private void moveTo(AnswerStatus next, Instant now) {
    this.status = next;
    observations.forEach(o -> o.answerMoved(next.observationStatus(), now));
  }

  /**
   * The on-time rule of the report, the statistics and the open data: an answer is on time when the
   * Bogotá date of its publication is on or before the observation's due date (the extended one
   * when the author was told of an extension).
   */
  public static boolean publishedOnTime(Instant publishedAt, LocalDate dueDate) {
    return !LocalDate.ofInstant(publishedAt, AppClock.BOGOTA).isAfter(dueDate);
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public Office getOffice() {
    return office;
  }

  public AnswerOutcome getOutcome() {
    return outcome;
  }

  public String getText() {
    return text;
  }

  public AnswerStatus getStatus() {
    return status;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<Observation> getObservations() {
    return Collections.unmodifiableList(observations);
  }
}
