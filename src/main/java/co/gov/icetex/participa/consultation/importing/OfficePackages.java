package co.gov.icetex.participa.consultation.importing;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Guards for reading DOCX and XLSX packages with Apache POI. POI's zip-bomb limits are JVM-wide
 * settings; they are set once here, to the portal's limits, before any package is opened.
 */
final class OfficePackages {

  static {
    ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_ZIP_ENTRY);
    ZipSecureFile.setMaxTextSize(ImportLimits.MAX_ZIP_ENTRY);
  }

  private OfficePackages() {}

  /** Call before opening a package: makes sure the guards above are in place. */
  static void guard() {
    // the static initialiser does the work
  }

  /** The refusal for a package POI could not open: a zip bomb, or a damaged or protected file. */
  static ImportRefused unreadable(Throwable e, String format) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceeds the max")) {
        return new ImportRefused("editor.import.error.zipBomb");
      }
    }
    return new ImportRefused("editor.import.error.unreadable", format);
  }

  static boolean isReadFailure(Throwable e) {
    return e instanceof IOException || e instanceof RuntimeException;
  }
}
