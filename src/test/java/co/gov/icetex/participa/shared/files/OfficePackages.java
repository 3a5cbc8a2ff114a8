package co.gov.icetex.participa.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office packages for the tests: genuine ones, zip bombs, and archives with a forged directory. */
public final class OfficePackages {

  private OfficePackages() {}

  public static byte[] docx() {
    return docx("<w:document>Plan de acción</w:document>".getBytes(StandardCharsets.UTF_8));
  }

  /** A DOCX whose word/document.xml is {@code bytes} zeros, deflated: a bomb once large enough. */
  public static byte[] docxInflatingTo(long bytes) {
    return zip(
        new Part("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
        new Part("word/document.xml", bytes));
  }

  public static byte[] docx(byte[] document) {
    return zip(
        new Part("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
        new Part(
            "word/_rels/document.xml.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8)),
        new Part("word/document.xml", document));
  }

  public static byte[] xlsx() {
    return zip(
        new Part("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
        new Part("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
  }

  /** A package part: given bytes, or that many zeros (streamed, never held in memory). */
  public record Part(String name, byte[] content, long zeros) {
    public Part(String name, byte[] content) {
      this(name, content, 0);
    }

    public Part(String name, long zeros) {
      this(name, null, zeros);
    }
  }

  public static byte[] zip(Part... parts) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      byte[] block = new byte[1 << 20];
      for (Part p : parts) {
        zip.putNextEntry(new ZipEntry(p.name()));
        if (p.content() != null) {
          zip.write(p.content());
        } else {
          for (long left = p.zeros(); left > 0; left -= block.length) {
            zip.write(block, 0, (int) Math.min(block.length, left));
          }
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The same archive with one entry's declared uncompressed size changed in its central directory.
   */
  public static byte[] withDeclaredSize(byte[] zip, String entry, long declared) {
    byte[] copy = zip.clone();
    ByteBuffer buf = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at + 46 < copy.length; at++) {
      if (buf.getInt(at) == 0x02014b50
          && (buf.getShort(at + 28) & 0xFFFF) == name.length
          && java.util.Arrays.equals(copy, at + 46, at + 46 + name.length, name, 0, name.length)) {
        buf.putInt(at + 24, (int) declared);
        return copy;
      }
    }
    throw new IllegalArgumentException("no entry " + entry);
  }

  /**
   * The same archive with the compressed data of every entry overwritten: unreadable if inflated.
   */
  public static byte[] withGarbledData(byte[] zip) {
    byte[] copy = zip.clone();
    ByteBuffer buf = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 30 < copy.length; at++) {
      if (buf.getInt(at) == 0x04034b50) {
        int start = at + 30 + (buf.getShort(at + 26) & 0xFFFF) + (buf.getShort(at + 28) & 0xFFFF);
        for (int i = start;
            i < Math.min(start + 8, copy.length) && buf.getInt(i) != 0x08074b50;
            i++) {
          copy[i] = (byte) 0xFF;
        }
      }
    }
    return copy;
  }
}
