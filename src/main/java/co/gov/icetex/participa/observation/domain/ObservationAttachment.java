package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.consultation.domain.ConsultationFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
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

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected ObservationAttachment() {}

  ObservationAttachment(Observation observation, AttachmentType type, AttachmentUpload upload) {
    this.observation = observation;
    this.fileName = upload.fileName();
    this.mediaType = type.mediaType();
    this.content = upload.content();
    this.sizeBytes = content.length;
    this.sha256 = ConsultationFile.sha256Hex(content);
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }
}
