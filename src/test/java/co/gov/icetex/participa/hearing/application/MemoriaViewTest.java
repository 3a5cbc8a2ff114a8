package co.gov.icetex.participa.hearing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoriaViewTest {

  private static MemoriaView memoria(MemoriaView.Question... questions) {
    return new MemoriaView(
        1,
        Instant.parse("2026-03-01T15:00:00Z"),
        "Resumen",
        "Compromisos",
        10,
        20,
        2,
        List.of(questions),
        5,
        4.2,
        4.0,
        3,
        1,
        1,
        List.of("Muy clara"));
  }

  @Test
  void anAuthorWhoWithdrewConsentIsNoLongerNamedAndEverythingElseStays() {
    var laura =
        new MemoriaView.Question(
            "OBS-2026-000001", "Laura Gómez", "¿Cuántos créditos?", "ACCEPTED", "Respuesta 1");
    var pedro =
        new MemoriaView.Question(
            "OBS-2026-000002", "Pedro León", "¿Y los alivios?", "ACCEPTED", "Respuesta 2");

    MemoriaView shown = memoria(laura, pedro).withoutAuthorsOf(Set.of("OBS-2026-000002"));

    assertEquals(
        List.of(
            laura,
            new MemoriaView.Question(
                "OBS-2026-000002", "", "¿Y los alivios?", "ACCEPTED", "Respuesta 2")),
        shown.questions());
    assertEquals("Resumen", shown.summary());
    assertEquals(20, shown.registeredOnline());
  }

  @Test
  void withNothingWithdrawnTheFrozenViewIsReturnedAsIs() {
    MemoriaView view =
        memoria(new MemoriaView.Question("OBS-2026-000001", "Laura Gómez", "¿?", "ACCEPTED", "R"));
    assertSame(view, view.withoutAuthorsOf(Set.of()));
  }
}
