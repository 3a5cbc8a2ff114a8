package co.gov.icetex.participa.hearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published hearing report (memoria), frozen as data when published: the page and the PDF render
 * this snapshot, so later changes to answers or the survey never rewrite it. Publishing again adds
 * a version.
 */
@Entity
@Table(name = "hearing_memoria")
public class Memoria {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "snapshot_json", nullable = false)
  private String snapshotJson;

  protected Memoria() {}

  public Memoria(
      Hearing hearing, int number, String snapshotJson, String publishedBy, Instant now) {
    this.hearing = hearing;
    this.number = number;
    this.snapshotJson = snapshotJson;
    this.publishedBy = publishedBy;
    this.publishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Hearing getHearing() {
    return hearing;
  }

  public int getNumber() {
    return number;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getSnapshotJson() {
    return snapshotJson;
  }
}
