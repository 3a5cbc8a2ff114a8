package co.gov.icetex.participa.answer.domain;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reusable answer ("Gracias por su aporte; fue incorporado en…") that responders start a draft
 * from.
 */
@Entity
@Table(name = "answer_template")
public class AnswerTemplate {

  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnswerOutcome outcome;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected AnswerTemplate() {}

  public AnswerTemplate(
      String title, AnswerOutcome outcome, String text, String createdBy, Instant now) {
    change(title, outcome, text);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void change(String title, AnswerOutcome outcome, String text) {
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw Refusal.of(Reason.CONFLICT, "template.error.title", MAX_TITLE);
    }
    if (outcome == null) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.outcomeRequired");
    }
    if (text == null || text.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "answer.error.textRequired");
    }
    this.title = title.strip();
    this.outcome = outcome;
    this.text = text.strip();
  }

  public void retire() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public AnswerOutcome getOutcome() {
    return outcome;
  }

  public String getText() {
    return text;
  }

  public boolean isActive() {
    return active;
  }
}
