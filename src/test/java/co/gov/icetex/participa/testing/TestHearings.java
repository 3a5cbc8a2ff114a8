package co.gov.icetex.participa.testing;

import java.util.UUID;

/**
 * Hearings a check makes for itself, so that it can fill a mode or open a survey without changing
 * the demo hearings other checks read. Each is a published copy of a demo hearing (its times, place
 * and questions consultation; no agenda or materials) under a new slug:
 *
 * <pre>{@code
 * var full = TestHearings.copyOf("audiencia-rendicion-cuentas-2026").inPersonCapacity(0).make();
 * }</pre>
 */
public final class TestHearings {

  /**
   * A hearing made for a check: its slug (for the public pages) and its id (for the staff pages).
   */
  public record Made(String slug, long id) {}

  private final String demoSlug;
  private Integer inPersonCapacity;
  private boolean surveyOpen;

  private TestHearings(String demoSlug) {
    this.demoSlug = demoSlug;
  }

  public static TestHearings copyOf(String demoSlug) {
    return new TestHearings(demoSlug);
  }

  /** Seats for people attending in person (the demo's otherwise). */
  public TestHearings inPersonCapacity(int seats) {
    this.inPersonCapacity = seats;
    return this;
  }

  /** The evaluation survey of a hearing already held stays open for another day. */
  public TestHearings surveyOpenForADay() {
    this.surveyOpen = true;
    return this;
  }

  public Made make() throws Exception {
    String slug = demoSlug + "-prueba-" + UUID.randomUUID().toString().substring(0, 8);
    int copied =
        TestDatabase.update(
            "INSERT INTO hearing (slug, title, summary, year, starts_at, ends_at, place, stream_url, questions_consultation_id,"
                + " in_person_capacity, online_capacity, registration_closes_at, survey_closes_at, published, created_at,"
                + " updated_at, version)"
                + " SELECT ?, title, summary, year, starts_at, ends_at, place, stream_url, questions_consultation_id,"
                + " COALESCE(?, in_person_capacity), online_capacity, registration_closes_at,"
                + " IF(?, DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 DAY), survey_closes_at), TRUE, created_at, updated_at, 0"
                + " FROM hearing WHERE slug = ?",
            slug,
            inPersonCapacity,
            surveyOpen,
            demoSlug);
    if (copied != 1) {
      throw new IllegalStateException("No demo hearing " + demoSlug);
    }
    return new Made(slug, TestDatabase.count("SELECT id FROM hearing WHERE slug = ?", slug));
  }
}
