package co.gov.icetex.participa.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file really is, told from its bytes (magic numbers and, for the Office formats, the parts
 * inside the ZIP package), never from its name. Each feature narrows this to the types it accepts
 * (citizens' attachments, consultation files) and also checks that the name's extension agrees.
 *
 * <p>An Office package is judged from its central directory ({@link ZipDirectory}) without
 * inflating anything, against {@link OfficePackageLimits}: a package that would expand out of
 * proportion (a zip bomb) is {@linkplain Inspection#suspicious() suspicious} and refused by every
 * caller.
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

  /** What the bytes are, or that they are a package built to expand out of proportion. */
  public record Inspection(Optional<FileSignature> type, boolean suspicious) {
    static Inspection of(FileSignature type) {
      return new Inspection(Optional.of(type), false);
    }

    static Inspection unknown() {
      return new Inspection(Optional.empty(), false);
    }

    static Inspection bomb() {
      return new Inspection(Optional.empty(), true);
    }
  }

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

  /** The type the bytes really are, when it is one of these (never a suspicious package). */
  public static Optional<FileSignature> byContent(byte[] content) {
    return inspect(content).type();
  }

  /**
   * The type the bytes really are, or why they are refused; costs no inflation whatever the file.
   */
  public static Inspection inspect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Inspection.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Inspection.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Inspection.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return officePackage(content);
    }
    return Inspection.unknown();
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

  /**
   * A DOCX holds word/document.xml and an XLSX xl/workbook.xml, each with [Content_Types].xml; any
   * other ZIP is neither. The directory's declared sizes decide whether it is a bomb.
   */
  private static Inspection officePackage(byte[] content) {
    List<ZipDirectory.Entry> entries;
    try {
      entries = ZipDirectory.read(content, OfficePackageLimits.MAX_ENTRIES);
    } catch (ZipDirectory.Unreadable e) {
      return e.isExcessive() ? Inspection.bomb() : Inspection.unknown();
    }
    if (!OfficePackageLimits.withinLimits(entries)) {
      return Inspection.bomb();
    }
    boolean contentTypes = false;
    FileSignature type = null;
    for (ZipDirectory.Entry entry : entries) {
      switch (entry.name()) {
        case "[Content_Types].xml" -> contentTypes = true;
        case "word/document.xml" -> type = DOCX;
        case "xl/workbook.xml" -> type = XLSX;
        default -> {
          // other package parts: styles, media, relationships
        }
      }
    }
    return contentTypes && type != null ? Inspection.of(type) : Inspection.unknown();
  }
}
