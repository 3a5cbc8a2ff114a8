package co.gov.icetex.participa.testing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Consultations a check makes for itself, so that it can change their dates or fill them with
 * observations without touching the demo consultations other checks read. Each is a published copy
 * of the demo "paac-2020" (same type, office and closing date) under a new slug, with a year and a
 * summary of its own so that it shows up in no filter or search the other checks count (PAAC 2020,
 * say):
 *
 * <pre>{@code
 * var letters = TestConsultations.openSince(LocalDate.of(2025, 1, 1)); // letters received in 2025 fit in
 * register(moderator, letters.id(), "2025-01-02");
 * }</pre>
 */
public final class TestConsultations {

  /**
   * A consultation made for a check: its slug (for URLs and the API) and its id (for staff forms).
   */
  public record Made(String slug, long id) {}

  /** A year no demo consultation has. */
  private static final int YEAR = 2099;

  private TestConsultations() {}

  /** A published consultation open from 0:00 of {@code day} in Bogotá until the demo one closes. */
  public static Made openSince(LocalDate day) throws Exception {
    String slug = "prueba-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.update(
        "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published,"
            + " created_at, updated_at, version, content_version, published_at)"
            + " SELECT ?, type, ?, 'Consulta creada por una prueba.', "
            + YEAR
            + ", office, ?, closes_at, TRUE,"
            + " created_at, updated_at, 0, 1, published_at"
            + " FROM consultation WHERE slug = 'paac-2020'",
        slug,
        "Consulta de prueba " + slug,
        day + " 05:00:00"); // 0:00 in Bogotá is 5:00 UTC
    return new Made(slug, TestDatabase.count("SELECT id FROM consultation WHERE slug = ?", slug));
  }
}
