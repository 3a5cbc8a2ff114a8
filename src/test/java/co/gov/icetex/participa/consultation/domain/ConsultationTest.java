package co.gov.icetex.participa.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsultationTest {

  private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

  private static Consultation withWindow(LocalDate first, LocalDate last) {
    return new Consultation(
        "plan-2027",
        ConsultationType.PLAN_ACCION,
        "Plan de acción 2027",
        "Resumen",
        2027,
        "Oficina Asesora de Planeación",
        CommentWindow.ofBogotaDates(first, last),
        NOW);
  }

  @Test
  void aShortWindowNeedsAReasonToBePublished() {
    var c = withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10));
    assertThrows(
        IllegalStateException.class, () -> c.publish(CommentWindow.DEFAULT_MINIMUM, " ", NOW));
    assertFalse(c.isPublished());
    c.publish(CommentWindow.DEFAULT_MINIMUM, "Urgencia por cierre de vigencia", NOW);
    assertTrue(c.isPublished());
    assertEquals("Urgencia por cierre de vigencia", c.getShortWindowReason());
  }

  @Test
  void aLegalWindowNeedsNoReason() {
    var c = withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20));
    c.publish(CommentWindow.DEFAULT_MINIMUM, null, NOW);
    assertNull(c.getShortWindowReason());
  }

  @Test
  void acceptsObservationsOnlyWhenPublishedAndOpen() {
    var c = withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20));
    assertFalse(c.acceptsObservationsAt(NOW), "a draft accepts nothing");
    c.publish(CommentWindow.DEFAULT_MINIMUM, null, NOW);
    assertTrue(c.acceptsObservationsAt(NOW));
    assertFalse(c.acceptsObservationsAt(Instant.parse("2026-12-21T05:00:00Z")));
  }

  @Test
  void partsKeepDocumentOrderAndDepth() {
    var c = withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20));
    var chapter = c.addPart(null, PartKind.CHAPTER, "1", "Gestión del riesgo", "Texto", List.of());
    var row =
        c.addPart(
            chapter,
            PartKind.ACTIVITY,
            null,
            "Monitoreo",
            null,
            List.of(new PartField("Responsable", "Oficina de Riesgos")));
    assertEquals(0, chapter.getPosition());
    assertEquals(1, row.getPosition());
    assertEquals(1, row.getDepth());
    assertEquals("1 Gestión del riesgo", chapter.getLabel());
    assertThrows(
        IllegalArgumentException.class,
        () -> c.addPart(null, PartKind.INDICATOR, null, "Sin celdas", null, List.of()));
  }
}
