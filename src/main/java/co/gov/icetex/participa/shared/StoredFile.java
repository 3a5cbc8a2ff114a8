package co.gov.icetex.participa.shared;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file kept in the database (so every instance serves the same bytes), with what is needed to
 * serve it and prove it unchanged: its name, media type, size and SHA-256. The bytes load only when
 * asked for.
 */
@Embeddable
public class StoredFile {

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

  protected StoredFile() {}

  public StoredFile(String fileName, String mediaType, byte[] content) {
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.content = Objects.requireNonNull(content).clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256Hex(content);
  }

  static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
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
