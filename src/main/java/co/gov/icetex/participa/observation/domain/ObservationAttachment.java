package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.shared.StoredFile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The one file a citizen may attach to an observation, already checked by content. */
@Entity
@Table(name = "observation_attachment")
public class ObservationAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "observation_id")
  private Observation observation;

  @Embedded private StoredFile file;

  protected ObservationAttachment() {}

  ObservationAttachment(Observation observation, AttachmentType type, AttachmentUpload upload) {
    this.observation = observation;
    this.file = new StoredFile(upload.fileName(), type.mediaType(), upload.content());
  }

  public StoredFile getFile() {
    return file;
  }
}
