package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.shared.files.OfficePackageLimits;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.IOException;
import java.util.Locale;

/**
 * Guards for reading DOCX and XLSX packages with Apache POI: the portal's package limits applied to
 * POI before any package is opened, and one refusal for a package POI could not read.
 */
final class OfficePackages {

  private OfficePackages() {}

  /** Call before opening a package: makes sure the guards above are in place. */
  static void guard() {
    OfficePackageLimits.applyToPoi();
  }

  /** The refusal for a package POI could not open: a zip bomb, or a damaged or protected file. */
  static Refusal unreadable(Throwable e, String format) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")
          || message.contains("max entry size")
          || message.contains("exceeds the max")) {
        return Refusal.invalid(ImportLimits.FIELD, "validation.file.zipBomb");
      }
    }
    return Refusal.invalid(ImportLimits.FIELD, "editor.import.error.unreadable", format);
  }

  static boolean isReadFailure(Throwable e) {
    return e instanceof IOException || e instanceof RuntimeException;
  }
}
