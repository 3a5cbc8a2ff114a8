package co.gov.icetex.participa.consultation.domain;

import co.gov.icetex.participa.shared.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A supporting document of a consultation (the draft as PDF, an annex as XLSX or CSV). */
@Entity
@Table(name = "consultation_file")
public class ConsultationFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Embedded private StoredFile file;

  protected ConsultationFile() {}

  ConsultationFile(Consultation consultation, int position, String title, StoredFile file) {
    this.consultation = Objects.requireNonNull(consultation);
    this.position = position;
    this.title = Objects.requireNonNull(title);
    this.file = Objects.requireNonNull(file);
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public String getTitle() {
    return title;
  }

  public StoredFile getFile() {
    return file;
  }
}
