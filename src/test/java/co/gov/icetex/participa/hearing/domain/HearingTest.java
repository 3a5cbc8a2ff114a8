package co.gov.icetex.participa.hearing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.validation.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hearing's lifecycle: its times and windows, where to attend, publication, and its phases. */
class HearingTest {

  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
  private static final Instant STARTS = Instant.parse("2026-04-15T14:00:00Z");
  private static final Instant ENDS = STARTS.plus(Duration.ofHours(3));

  private static Hearing hearing() {
    return new Hearing(
        "audiencia-2026",
        " Audiencia 2026 ",
        "Rendición de cuentas de la vigencia.",
        2026,
        STARTS,
        ENDS,
        NOW);
  }

  private static void refused(String key, Runnable action) {
    assertEquals(key, assertThrows(Refusal.class, action::run).violations().get(0).key());
  }

  @Test
  void
      aNewHearingTakesRegistrationsUntilItStartsAndEvaluationsForFifteenDaysAfterItEndsOncePublished() {
    var h = hearing();
    assertFalse(h.acceptsRegistrationsAt(NOW), "not before it is published");
    h.locate("Auditorio ICETEX, Bogotá", null);
    h.publish(NOW);
    assertTrue(h.acceptsRegistrationsAt(NOW));
    assertTrue(h.acceptsRegistrationsAt(STARTS.minusSeconds(1)));
    assertFalse(h.acceptsRegistrationsAt(STARTS));
    assertFalse(h.acceptsEvaluationsAt(ENDS.minusSeconds(1)), "not while it is on");
    assertTrue(h.acceptsEvaluationsAt(ENDS));
    assertTrue(h.acceptsEvaluationsAt(ENDS.plus(Hearing.DEFAULT_SURVEY_PERIOD).minusSeconds(1)));
    assertFalse(h.acceptsEvaluationsAt(ENDS.plus(Hearing.DEFAULT_SURVEY_PERIOD)));
  }

  @Test
  void itIsUpcomingThenLiveThenHeld() {
    var h = hearing();
    assertEquals(HearingPhase.UPCOMING, h.phaseAt(STARTS.minusSeconds(1)));
    assertEquals(HearingPhase.LIVE, h.phaseAt(STARTS));
    assertEquals(HearingPhase.LIVE, h.phaseAt(ENDS.minusSeconds(1)));
    assertEquals(HearingPhase.HELD, h.phaseAt(ENDS));
  }

  @Test
  void itEndsAfterItStartsAndHasATitleAndASummary() {
    refused("hearing.error.times", () -> new Hearing("a", "T", "S", 2026, STARTS, STARTS, NOW));
    refused("hearing.error.times", () -> new Hearing("a", "T", "S", 2026, STARTS, null, NOW));
    refused("hearing.error.title", () -> new Hearing("a", " ", "S", 2026, STARTS, ENDS, NOW));
    refused("hearing.error.summary", () -> new Hearing("a", "T", null, 2026, STARTS, ENDS, NOW));
    refused("hearing.error.slug", () -> new Hearing("", "T", "S", 2026, STARTS, ENDS, NOW));
    var h = hearing();
    refused("hearing.error.times", () -> h.schedule(ENDS, STARTS));
    assertEquals(
        HearingPhase.UPCOMING, h.phaseAt(STARTS.minusSeconds(1)), "the times did not change");
  }

  @Test
  void itIsPublishedOnlyWithAPlaceOrASecureStream() {
    var h = hearing();
    refused("hearing.error.placeOrStream", () -> h.publish(NOW));
    assertFalse(h.isPublished());
    refused("hearing.error.placeOrStream", () -> h.locate(" ", ""));
    refused("hearing.error.streamUrl", () -> h.locate(null, "http://youtube.com/icetex"));
    h.locate("  ", " https://youtube.com/icetex ");
    assertNull(h.getPlace());
    assertEquals("https://youtube.com/icetex", h.getStreamUrl());
    h.publish(NOW);
    assertTrue(h.acceptsRegistrationsAt(NOW));
  }

  @Test
  void registrationClosesByTheStartTheSurveyAfterTheEndAndSomeoneCanAttend() {
    var h = hearing();
    refused("hearing.error.capacity", () -> h.openWindows(0, 0, STARTS, ENDS.plusSeconds(1)));
    refused("hearing.error.capacity", () -> h.openWindows(-1, 100, STARTS, ENDS.plusSeconds(1)));
    refused(
        "hearing.error.registrationWindow",
        () -> h.openWindows(100, 0, STARTS.plusSeconds(1), ENDS.plusSeconds(1)));
    refused("hearing.error.surveyWindow", () -> h.openWindows(100, 0, STARTS, ENDS));
    assertEquals(0, h.capacityFor(AttendanceMode.IN_PERSON), "nothing changed");

    h.openWindows(150, 0, STARTS.minus(Duration.ofDays(1)), ENDS.plus(Duration.ofDays(3)));
    assertEquals(150, h.capacityFor(AttendanceMode.IN_PERSON));
    assertEquals(0, h.capacityFor(AttendanceMode.ONLINE));
    h.locate("Auditorio", null);
    h.publish(NOW);
    assertFalse(
        h.acceptsRegistrationsAt(STARTS.minus(Duration.ofDays(1))),
        "registration closed a day before");
    assertFalse(
        h.acceptsEvaluationsAt(ENDS.plus(Duration.ofDays(3))),
        "the survey closed after three days");
  }

  @Test
  void agendaItemsKeepTheOrderTheyWereAddedInAndNeedATitle() {
    var h = hearing();
    h.addAgendaItem("9:00", "Bienvenida", "Presidente");
    h.addAgendaItem("9:30", "Informe de gestión", null);
    refused("hearing.error.agendaTitle", () -> h.addAgendaItem("10:00", " ", null));
    assertEquals(List.of(0, 1), h.getAgenda().stream().map(AgendaItem::getPosition).toList());
    assertEquals("Informe de gestión", h.getAgenda().get(1).getTitle());
  }
}
