package co.gov.icetex.participa.staff.web;

import java.util.Map;
import java.util.Set;

/**
 * What the staff administration pages share: reading ids from posts, and "done" notices after a
 * redirect.
 */
final class AdminForms {

  private AdminForms() {}

  /** A positive id, or null for a missing or malformed value. */
  static Long parseId(String value) {
    try {
      long id = value == null ? 0 : Long.parseLong(value.strip());
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The bundle key of the notice named by {@code done} (?hecho=...), or null when it names none.
   */
  static String doneKey(String prefix, String done, Set<String> known) {
    return done != null && known.contains(done) ? prefix + done : null;
  }

  static Map<String, String> params(long id, String done) {
    return Map.of("id", String.valueOf(id), "hecho", done);
  }
}
