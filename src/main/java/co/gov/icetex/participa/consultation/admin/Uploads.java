package co.gov.icetex.participa.consultation.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bytes of an uploaded file, read up to one byte past its limit so the service can refuse it.
 */
final class Uploads {

  private Uploads() {}

  /** Nothing chosen reads as no bytes (the service says a file is required). */
  static byte[] read(Part part, int max) {
    if (part == null) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(Part part) {
    return part == null ? null : part.getSubmittedFileName();
  }
}
