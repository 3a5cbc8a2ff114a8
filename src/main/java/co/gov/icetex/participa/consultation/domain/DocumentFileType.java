package co.gov.icetex.participa.consultation.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The supporting files a consultation may carry (and the Office formats its content is imported
 * from), recognised by their content, never by the name alone: a file is accepted only when its bytes
 * are of the type its extension names.
 *
 * <p>The same approach as {@code observation.domain.AttachmentType}; it is repeated here because
 * consultation must not depend on observation (dependencies point from observation to consultation).
 */
public enum DocumentFileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int MAX_ZIP_ENTRIES_SCANNED = 2000;

  private final String mediaType;
  private final String extension;

  DocumentFileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<DocumentFileType> byFileName(String fileName) {
    String ext = extensionOf(fileName);
    return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
  }

  /** The lower-case extension of a file name, "" when it has none. */
  public static String extensionOf(String fileName) {
    if (fileName == null || fileName.lastIndexOf('.') < 0) {
      return "";
    }
    return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).strip();
  }

  public static Optional<DocumentFileType> byContent(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (looksLikeZip(content)) {
      return officePackageType(content);
    }
    return Optional.empty();
  }

  public static boolean looksLikeZip(byte[] content) {
    return startsWith(content, ZIP_MAGIC);
  }

  public static boolean looksLikePdf(byte[] content) {
    return startsWith(content, PDF_MAGIC);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content != null
        && content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** A DOCX holds word/document.xml and an XLSX xl/workbook.xml; any other ZIP is neither. */
  private static Optional<DocumentFileType> officePackageType(byte[] content) {
    try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int scanned = 0;
      while ((entry = zip.getNextEntry()) != null && scanned++ < MAX_ZIP_ENTRIES_SCANNED) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (entry.getName().equals("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
