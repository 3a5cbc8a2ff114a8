package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.shared.files.FileSignature;
import java.util.Optional;

/**
 * The file types a citizen may attach, recognised by their content ({@link FileSignature}), never
 * by the name alone: a file is accepted only when its content is of a permitted type and its
 * extension names that same type.
 */
public enum AttachmentType {
  PDF(FileSignature.PDF),
  DOCX(FileSignature.DOCX),
  XLSX(FileSignature.XLSX),
  JPEG(FileSignature.JPEG),
  PNG(FileSignature.PNG);

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private final FileSignature signature;

  AttachmentType(FileSignature signature) {
    this.signature = signature;
  }

  public String mediaType() {
    return signature.mediaType();
  }

  /** The type named by the file's extension, if permitted. */
  public static Optional<AttachmentType> byFileName(String fileName) {
    return FileSignature.byFileName(fileName).flatMap(AttachmentType::of);
  }

  /** The type the bytes really are, if permitted. */
  public static Optional<AttachmentType> byContent(byte[] content) {
    return FileSignature.byContent(content).flatMap(AttachmentType::of);
  }

  public static Optional<AttachmentType> of(FileSignature signature) {
    for (AttachmentType t : values()) {
      if (t.signature == signature) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
