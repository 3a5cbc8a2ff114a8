package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.shared.StoredFile;
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
import jakarta.persistence.Table;

/** A document published for the hearing, downloadable in its published order. */
@Entity
@Table(name = "hearing_material")
public class HearingMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MaterialKind kind;

  @Column(nullable = false)
  private String title;

  @Embedded private StoredFile file;

  protected HearingMaterial() {}

  HearingMaterial(Hearing hearing, int position, MaterialKind kind, String title, StoredFile file) {
    if (title == null || title.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.materialTitle");
    }
    this.hearing = hearing;
    this.position = position;
    this.kind = kind;
    this.title = title.strip();
    this.file = file;
  }

  public Long getId() {
    return id;
  }

  public Hearing getHearing() {
    return hearing;
  }

  public int getPosition() {
    return position;
  }

  public MaterialKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public StoredFile getFile() {
    return file;
  }
}
