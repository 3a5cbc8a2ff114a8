package co.gov.icetex.participa.consultation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A supporting document of a consultation (the draft as PDF, an annex as XLSX). The bytes live in the
 * database so that every instance serves the same file; they are loaded only when downloaded.
 */
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

  protected ConsultationFile() {}

  ConsultationFile(
      Consultation consultation,
      int position,
      String title,
      String fileName,
      String mediaType,
      byte[] content) {
    this.consultation = Objects.requireNonNull(consultation);
    this.position = position;
    this.title = Objects.requireNonNull(title);
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.content = Objects.requireNonNull(content).clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256Hex(content);
  }

  public static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
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

  public byte[] content() {
    return content.clone();
  }
}
