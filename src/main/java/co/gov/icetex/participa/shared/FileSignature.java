package co.gov.icetex.participa.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, told from its bytes (magic numbers and, for the Office formats, the parts inside
 * the ZIP package), never from its name. Each feature narrows this to the types it accepts (citizens'
 * attachments, consultation files) and also checks that the name's extension agrees.
 */
public enum FileSignature {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int MAX_ZIP_ENTRIES_SCANNED = 2000;

  private final String mediaType;
  private final String[] extensions;

  FileSignature(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The usual extension, without the dot. */
  public String extension() {
    return extensions[0];
  }

  public boolean hasExtension(String extension) {
    return Arrays.asList(extensions).contains(extension);
  }

  /** The type the file's name claims, by its extension. */
  public static Optional<FileSignature> byFileName(String fileName) {
    String ext = extensionOf(fileName);
    return Arrays.stream(values()).filter(t -> t.hasExtension(ext)).findFirst();
  }

  /** The lower-case extension of a file name, "" when it has none. */
  public static String extensionOf(String fileName) {
    if (fileName == null || fileName.lastIndexOf('.') < 0) {
      return "";
    }
    return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).strip();
  }

  /** The type the bytes really are, when it is one of these. */
  public static Optional<FileSignature> byContent(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
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
  private static Optional<FileSignature> officePackageType(byte[] content) {
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
