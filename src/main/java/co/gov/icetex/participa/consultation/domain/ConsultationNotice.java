package co.gov.icetex.participa.consultation.domain;

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
import java.util.Objects;

/**
 * A public notice that the comment window of a published consultation changed: it was extended or
 * closed early, with the reason the public reads and the closing time before and after.
 */
@Entity
@Table(name = "consultation_notice")
public class ConsultationNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  @Column(nullable = false)
  private String text;

  @Column(name = "previous_closes_at", nullable = false)
  private Instant previousClosesAt;

  @Column(name = "new_closes_at", nullable = false)
  private Instant newClosesAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected ConsultationNotice() {}

  ConsultationNotice(
      Consultation consultation,
      NoticeKind kind,
      String text,
      Instant previousClosesAt,
      Instant newClosesAt,
      Instant createdAt,
      String createdBy) {
    this.consultation = Objects.requireNonNull(consultation);
    this.kind = Objects.requireNonNull(kind);
    this.text = Objects.requireNonNull(text);
    this.previousClosesAt = Objects.requireNonNull(previousClosesAt);
    this.newClosesAt = Objects.requireNonNull(newClosesAt);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public Long getId() {
    return id;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public Instant getPreviousClosesAt() {
    return previousClosesAt;
  }

  public Instant getNewClosesAt() {
    return newClosesAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
