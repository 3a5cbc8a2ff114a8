package co.gov.icetex.participa.shared.files;

import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far an Office package (DOCX, XLSX) may expand: generous for any real document of up to 10 MB,
 * far below what would hurt a server or the staff member who opens it. Judged on the sizes the
 * ZIP's central directory declares ({@link ZipDirectory}); Apache POI enforces the same limits on
 * the bytes it actually inflates when staff import a package.
 */
public final class OfficePackageLimits {

  /** Package parts; a large real workbook has a few hundred (sheets, images, relationships). */
  public static final int MAX_ENTRIES = 1_000;

  /** The largest part once inflated (a sheet of tens of thousands of rows is a few tens of MB). */
  public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  /** All parts together once inflated. */
  public static final long MAX_TOTAL_BYTES = 250L * 1024 * 1024;

  /**
   * The lowest compressed/inflated ratio of a part over {@link #RATIO_GRACE_BYTES}: 1:100, POI's
   * own default. Real XML compresses 1:5 to 1:30; a bomb 1:1,000 and beyond.
   */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** Small parts may be as repetitive as they like: they cannot expand to anything that matters. */
  public static final long RATIO_GRACE_BYTES = 1024L * 1024;

  private OfficePackageLimits() {}

  /**
   * Sets Apache POI's zip-bomb guards (JVM-wide settings) to these limits, so what POI inflates is
   * held to what the directory was allowed to declare. Call before POI opens a package.
   */
  public static void applyToPoi() {
    PoiGuards.APPLIED.hashCode(); // loading the holder class applies them once
  }

  private static final class PoiGuards {
    static final Object APPLIED = new Object();

    static {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
      ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
      ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
  }

  static boolean withinLimits(List<ZipDirectory.Entry> entries) {
    long total = 0;
    for (ZipDirectory.Entry e : entries) {
      if (!e.hasOrdinaryMethod() || e.uncompressedSize() > MAX_ENTRY_BYTES) {
        return false;
      }
      if (e.uncompressedSize() > RATIO_GRACE_BYTES
          && e.compressedSize() < e.uncompressedSize() * MIN_INFLATE_RATIO) {
        return false;
      }
      total += e.uncompressedSize();
      if (total > MAX_TOTAL_BYTES) {
        return false;
      }
    }
    return true;
  }
}
