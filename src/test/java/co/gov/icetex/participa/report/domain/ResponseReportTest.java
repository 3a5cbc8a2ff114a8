package co.gov.icetex.participa.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseReportTest {

  private static final Instant NOW = Instant.parse("2026-04-15T15:00:00Z");

  private static Consultation closingOn(LocalDate last) {
    return new Consultation(
        "plan-2026",
        ConsultationType.PLAN_ACCION,
        "Plan de acción 2026",
        "Resumen",
        2026,
        "Oficina Asesora de Planeación",
        CommentWindow.ofBogotaDates(last.minusDays(20), last),
        NOW);
  }

  @Test
  void aReportIsPublishedOnlyOnceTheConsultationHasClosed() {
    var totals = new ReportTotals.Counter().totals();
    var open = closingOn(LocalDate.parse("2026-04-20"));
    var e =
        assertThrows(
            Refusal.class, () -> new ResponseReport(open, 1, "Sitio web", totals, "a@b.co", NOW));
    assertEquals("report.error.notClosed", e.violations().get(0).key());
    var closed = closingOn(LocalDate.parse("2026-04-10"));
    var report = new ResponseReport(closed, 2, "  Sitio web y redes  ", totals, "a@b.co", NOW);
    assertEquals(2, report.getVersionNumber());
    assertEquals("Sitio web y redes", report.getAnnouncedWhere());
    assertEquals(
        "Plan de acción 2026",
        report.getConsultationTitle(),
        "the consultation is copied as it was");
  }

  @Test
  void whereItWasAnnouncedIsRequired() {
    var closed = closingOn(LocalDate.parse("2026-04-10"));
    var totals = new ReportTotals.Counter().totals();
    assertEquals(
        "report.error.announcedRequired",
        assertThrows(Refusal.class, () -> new ResponseReport(closed, 1, " ", totals, "a@b.co", NOW))
            .violations()
            .get(0)
            .key());
    assertEquals(
        "report.error.announcedTooLong",
        assertThrows(Refusal.class, () -> ResponseReport.checkedAnnouncement("x".repeat(2001)))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void onlyObservationsWithoutAnApprovedAnswerHoldTheReportBack() {
    var readiness =
        new ReportReadiness(
            Map.of(
                ObservationStatus.PUBLISHED,
                10L,
                ObservationStatus.APPROVED,
                3L,
                ObservationStatus.REJECTED,
                2L,
                ObservationStatus.REDIRECTED,
                1L));
    assertTrue(readiness.isReady());
    assertEquals(3, readiness.approvedToPublish());
    assertEquals(16, readiness.total());

    var waiting =
        new ReportReadiness(
            Map.of(
                ObservationStatus.PUBLISHED,
                10L,
                ObservationStatus.DRAFTED,
                2L,
                ObservationStatus.RECEIVED,
                1L));
    assertFalse(waiting.isReady());
    assertEquals(3, waiting.unanswered());
    assertEquals(
        "report.error.unanswered",
        assertThrows(Refusal.class, waiting::requireReady).violations().get(0).key());
  }
}
