package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.shared.RuleViolation;
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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's evaluation of a hearing: clarity and usefulness from 1 to 5, whether their question was
 * answered, and a free comment. The respondent is a keyed hash of their e-mail: enough to refuse a second
 * response, never enough to tell who answered what.
 */
@Entity
@Table(name = "hearing_survey_response")
public class SurveyResponse {

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

  protected SurveyResponse() {}

  public SurveyResponse(
      Hearing hearing, String respondentKey, int clarity, int usefulness, SurveyAnswer questionAnswered, String comment, Instant now) {
    if (!hearing.acceptsEvaluationsAt(now)) {
      throw new RuleViolation("hearing.survey.error.closed");
    }
    if (clarity < 1 || clarity > 5 || usefulness < 1 || usefulness > 5) {
      throw new RuleViolation("hearing.survey.error.scale");
    }
    if (questionAnswered == null) {
      throw new RuleViolation("hearing.survey.error.questionAnswered");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new RuleViolation("hearing.survey.error.comment", MAX_COMMENT);
    }
    this.hearing = hearing;
    this.respondentKey = respondentKey;
    this.clarity = clarity;
    this.usefulness = usefulness;
    this.questionAnswered = questionAnswered;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = now;
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
