package co.gov.icetex.participa.observation.domain;

import java.util.Objects;

/** A file as a citizen sent it, before it is checked: its name as given and its bytes. */
public record AttachmentUpload(String fileName, byte[] content) {

  public AttachmentUpload {
    Objects.requireNonNull(content, "content");
    fileName = fileName == null ? "" : safeName(fileName);
  }

  /**
   * Keeps the last path segment and drops characters that could break a header or a file system.
   */
  private static String safeName(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String cleaned = base.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
    return cleaned.length() <= 200 ? cleaned : cleaned.substring(cleaned.length() - 200);
  }

  public long size() {
    return content.length;
  }
}
