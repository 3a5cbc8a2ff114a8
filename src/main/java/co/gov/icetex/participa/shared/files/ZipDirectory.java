package co.gov.icetex.participa.shared.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a ZIP file (its central directory), read without inflating anything.
 *
 * <p>Why: the previous check walked the archive with {@code ZipInputStream}, which inflates every
 * entry to reach the next one; a 3 MB DOCX that expands to 3 GiB kept a core busy for 6.7 s before
 * it was refused, and one whose only large entry was {@code word/document.xml} was even accepted.
 * The central directory states every entry's name, method and sizes in a few kilobytes at the end
 * of the file, so judging a package costs microseconds whatever it would expand to. What a forged
 * directory could hide (sizes that lie) matters only to code that inflates, and that code (Apache
 * POI, for the staff imports) enforces its own limits while it reads.
 */
public final class ZipDirectory {

  /** One entry as the central directory declares it. */
  public record Entry(String name, int method, long compressedSize, long uncompressedSize) {

    /** Stored (0) or deflated (8): what Office and every ordinary zip tool write. */
    public boolean hasOrdinaryMethod() {
      return method == 0 || method == 8;
    }
  }

  /** The file is not a readable ZIP archive (truncated, damaged, or built to mislead). */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean excessive;

    Unreadable(String reason) {
      this(reason, false);
    }

    Unreadable(String reason, boolean excessive) {
      super(reason, null, false, false);
      this.excessive = excessive;
    }

    /**
     * Readable, but declares more entries than allowed: a directory of millions is itself an
     * attack.
     */
    public boolean isExcessive() {
      return excessive;
    }
  }

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int EOCD_SIZE = 22;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int CENTRAL_HEADER_SIZE = 46;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final long MASK_32 = 0xFFFFFFFFL;

  private ZipDirectory() {}

  /**
   * The entries of {@code zip}, at most {@code maxEntries} of them.
   *
   * @throws Unreadable when the archive has no valid central directory, or declares more entries
   *     than allowed (a directory of millions of entries is itself an attack)
   */
  public static List<Entry> read(byte[] zip, int maxEntries) throws Unreadable {
    ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = findEndOfCentralDirectory(buf);
    long count = buf.getShort(eocd + 10) & 0xFFFF;
    long size = buf.getInt(eocd + 12) & MASK_32;
    long offset = buf.getInt(eocd + 16) & MASK_32;
    if (count == 0xFFFF || size == MASK_32 || offset == MASK_32) {
      long[] zip64 = zip64Directory(buf, eocd);
      count = zip64[0];
      size = zip64[1];
      offset = zip64[2];
    }
    if (count > maxEntries) {
      throw new Unreadable("too many entries: " + count, true);
    }
    if (offset < 0 || size < 0 || offset + size > eocd) {
      throw new Unreadable("central directory out of bounds");
    }
    List<Entry> entries = new ArrayList<>((int) count);
    int at = (int) offset;
    for (long i = 0; i < count; i++) {
      requireAvailable(buf, at, CENTRAL_HEADER_SIZE, eocd);
      if (buf.getInt(at) != CENTRAL_SIGNATURE) {
        throw new Unreadable("bad central directory entry");
      }
      int method = buf.getShort(at + 10) & 0xFFFF;
      long compressed = buf.getInt(at + 20) & MASK_32;
      long uncompressed = buf.getInt(at + 24) & MASK_32;
      int nameLength = buf.getShort(at + 28) & 0xFFFF;
      int extraLength = buf.getShort(at + 30) & 0xFFFF;
      int commentLength = buf.getShort(at + 32) & 0xFFFF;
      int next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
      requireAvailable(buf, at, next - at, eocd);
      String name = new String(zip, at + CENTRAL_HEADER_SIZE, nameLength, StandardCharsets.UTF_8);
      if (uncompressed == MASK_32 || compressed == MASK_32) {
        long[] sizes =
            zip64Sizes(
                buf, at + CENTRAL_HEADER_SIZE + nameLength, extraLength, uncompressed, compressed);
        uncompressed = sizes[0];
        compressed = sizes[1];
      }
      entries.add(new Entry(name, method, compressed, uncompressed));
      at = next;
    }
    return entries;
  }

  /** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
  private static int findEndOfCentralDirectory(ByteBuffer buf) throws Unreadable {
    int last = buf.limit() - EOCD_SIZE;
    int first = Math.max(0, last - MAX_COMMENT);
    for (int at = last; at >= first; at--) {
      if (buf.getInt(at) == EOCD_SIGNATURE
          && at + EOCD_SIZE + (buf.getShort(at + 20) & 0xFFFF) == buf.limit()) {
        return at;
      }
    }
    throw new Unreadable("no end of central directory");
  }

  /** Count, size and offset of the central directory from the ZIP64 records (large archives). */
  private static long[] zip64Directory(ByteBuffer buf, int eocd) throws Unreadable {
    int locator = eocd - 20;
    if (locator < 0 || buf.getInt(locator) != ZIP64_LOCATOR_SIGNATURE) {
      throw new Unreadable("ZIP64 locator missing");
    }
    long record = buf.getLong(locator + 8);
    if (record < 0 || record + 56 > locator) {
      throw new Unreadable("ZIP64 record out of bounds");
    }
    int at = (int) record;
    if (buf.getInt(at) != ZIP64_EOCD_SIGNATURE) {
      throw new Unreadable("bad ZIP64 record");
    }
    return new long[] {buf.getLong(at + 32), buf.getLong(at + 40), buf.getLong(at + 48)};
  }

  /**
   * Sizes from an entry's ZIP64 extra field (id 1): uncompressed first, then compressed, each only
   * if needed.
   */
  private static long[] zip64Sizes(
      ByteBuffer buf, int extra, int length, long uncompressed, long compressed) throws Unreadable {
    int at = extra;
    int end = extra + length;
    while (at + 4 <= end) {
      int id = buf.getShort(at) & 0xFFFF;
      int size = buf.getShort(at + 2) & 0xFFFF;
      if (id == 1) {
        int field = at + 4;
        long u = uncompressed;
        long c = compressed;
        if (u == MASK_32) {
          u = requireLong(buf, field, at + 4 + size);
          field += 8;
        }
        if (c == MASK_32) {
          c = requireLong(buf, field, at + 4 + size);
        }
        return new long[] {u, c};
      }
      at += 4 + size;
    }
    throw new Unreadable("ZIP64 sizes missing");
  }

  private static long requireLong(ByteBuffer buf, int at, int end) throws Unreadable {
    if (at + 8 > end) {
      throw new Unreadable("ZIP64 field truncated");
    }
    long value = buf.getLong(at);
    if (value < 0) {
      throw new Unreadable("negative size");
    }
    return value;
  }

  private static void requireAvailable(ByteBuffer buf, int at, int length, int end)
      throws Unreadable {
    if (at < 0 || length < 0 || at + length > end || at + length > buf.limit()) {
      throw new Unreadable("entry out of bounds");
    }
  }
}
