package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's evaluation of a hearing: clarity and usefulness from 1 to 5, whether their question
 * was answered, and a free comment. The respondent is a keyed hash of their e-mail: enough to
 * refuse a second response, never enough to tell who answered what. It counts once confirmed
 * through the link e-mailed to that address ({@link EmailConfirmation}), so made-up addresses add
 * nothing to the results; answering again before confirming replaces the answers and the link.
 */
@Entity
@Table(name = "hearing_survey_response")
@NamedQuery(
    name = SurveyResponse.FIND_BY_CONFIRMATION,
    query =
        "SELECT s FROM SurveyResponse s JOIN FETCH s.hearing WHERE s.confirmation.confirmationHash = :hash")
@NamedQuery(
    name = SurveyResponse.FIND_BY_RESPONDENT,
    query = "SELECT s FROM SurveyResponse s WHERE s.hearing = :hearing AND s.respondentKey = :key")
public class SurveyResponse {

  public static final String FIND_BY_CONFIRMATION = "SurveyResponse.findByConfirmation";
  public static final String FIND_BY_RESPONDENT = "SurveyResponse.findByRespondent";

  public static final int MAX_COMMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(name = "respondent_key", nullable = false)
  private String respondentKey;

  @Column(nullable = false)
  private int clarity;

  @Column(nullable = false)
  private int usefulness;

  @Enumerated(EnumType.STRING)
  @Column(name = "question_answered", nullable = false)
  private SurveyAnswer questionAnswered;

  private String comment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Embedded private EmailConfirmation confirmation;

  protected SurveyResponse() {}

  /** A response waiting for its confirmation link ({@code secretHash}) to be followed. */
  public SurveyResponse(
      Hearing hearing, String respondentKey, Answers answers, String secretHash, Instant now) {
    this.hearing = hearing;
    this.respondentKey = respondentKey;
    take(answers, secretHash, now);
  }

  /**
   * The answers as sent: clarity and usefulness 1-5, whether the question was answered, a comment.
   */
  public record Answers(
      int clarity, int usefulness, SurveyAnswer questionAnswered, String comment) {}

  /**
   * Answered again before confirming: the latest answers and a new link (the old one stops
   * working).
   */
  public void renew(Answers answers, String secretHash, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException("A confirmed response is not replaced");
    }
    take(answers, secretHash, now);
  }

  public boolean isConfirmed() {
    return confirmation != null && confirmation.isConfirmed();
  }

  public boolean confirmationLinkWorksAt(Instant now) {
    return isConfirmed() || confirmation.linkWorksAt(createdAt, now);
  }

  /** The person followed the link: the response now counts (while the survey is open). */
  public void confirm(Instant now) {
    if (!hearing.acceptsEvaluationsAt(now)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.closed");
    }
    confirmation.confirm(now);
  }

  public Hearing getHearing() {
    return hearing;
  }

  private void take(Answers answers, String secretHash, Instant now) {
    if (!hearing.acceptsEvaluationsAt(now)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.closed");
    }
    int clarity = answers.clarity();
    int usefulness = answers.usefulness();
    SurveyAnswer questionAnswered = answers.questionAnswered();
    String comment = answers.comment();
    if (clarity < 1 || clarity > 5 || usefulness < 1 || usefulness > 5) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.scale");
    }
    if (questionAnswered == null) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.questionAnswered");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.comment", MAX_COMMENT);
    }
    this.clarity = clarity;
    this.usefulness = usefulness;
    this.questionAnswered = questionAnswered;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = now;
    this.confirmation = EmailConfirmation.pending(secretHash);
  }

  public int getClarity() {
    return clarity;
  }

  public int getUsefulness() {
    return usefulness;
  }

  public SurveyAnswer getQuestionAnswered() {
    return questionAnswered;
  }

  public String getComment() {
    return comment;
  }
}
