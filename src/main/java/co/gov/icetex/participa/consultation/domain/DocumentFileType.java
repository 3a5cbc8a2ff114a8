package co.gov.icetex.participa.consultation.domain;

import co.gov.icetex.participa.shared.files.FileSignature;
import java.util.Optional;

/**
 * The supporting files a consultation may carry (and the Office formats its content is imported
 * from), recognised by their content ({@link FileSignature}), never by the name alone: a file is
 * accepted only when its bytes are of the type its extension names.
 */
public enum DocumentFileType {
  PDF(FileSignature.PDF),
  DOCX(FileSignature.DOCX),
  XLSX(FileSignature.XLSX);

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private final FileSignature signature;

  DocumentFileType(FileSignature signature) {
    this.signature = signature;
  }

  public String mediaType() {
    return signature.mediaType();
  }

  public String extension() {
    return signature.extension();
  }

  public static Optional<DocumentFileType> byFileName(String fileName) {
    return FileSignature.byFileName(fileName).flatMap(DocumentFileType::of);
  }

  public static Optional<DocumentFileType> byContent(byte[] content) {
    return FileSignature.byContent(content).flatMap(DocumentFileType::of);
  }

  private static Optional<DocumentFileType> of(FileSignature signature) {
    for (DocumentFileType t : values()) {
      if (t.signature == signature) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
