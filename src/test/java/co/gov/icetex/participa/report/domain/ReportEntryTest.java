package co.gov.icetex.participa.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportEntryTest {

  static final LocalDate DUE = LocalDate.parse("2026-03-20");

  static ObservationFacts answered(String text, boolean showName, Instant publishedAt) {
    return new ObservationFacts(
        "OBS-2026-000001",
        "2.1 Monitoreo",
        "Zoraida Quintero",
        showName,
        StakeholderGroup.ESTUDIANTE,
        "05",
        Channel.WEB,
        Instant.parse("2026-03-01T15:00:00Z"),
        text,
        ObservationStatus.PUBLISHED,
        Triage.PUBLISHABLE,
        AnswerOutcome.ACCEPTED,
        "Gracias, Zoraida: la escribimos a zoraida@example.co.",
        publishedAt,
        DUE);
  }

  static ObservationFacts rejected(Triage triage, String text) {
    return new ObservationFacts(
        "OBS-2026-000002",
        null,
        "Spammer",
        true,
        StakeholderGroup.OTRO,
        "11",
        Channel.API,
        Instant.parse("2026-03-01T15:00:00Z"),
        text,
        ObservationStatus.REJECTED,
        triage,
        null,
        null,
        null,
        DUE);
  }

  @Test
  void theAuthorsNameIsPublicOnlyWithConsent() {
    Instant at = Instant.parse("2026-03-10T15:00:00Z");
    assertNull(ReportEntry.preview(answered("texto", false, at)).getPublicAuthor());
    assertEquals(
        "Zoraida Quintero", ReportEntry.preview(answered("texto", true, at)).getPublicAuthor());
  }

  @Test
  void personalDataInTheTextAndTheAnswerIsRedacted() {
    var e =
        ReportEntry.preview(
            answered(
                "Escríbame a zoraida@example.co o al 300 555 1234; cédula 1.023.456.789.",
                false,
                Instant.parse("2026-03-10T15:00:00Z")));
    assertFalse(e.getText().contains("zoraida@example.co"), e.getText());
    assertFalse(e.getText().contains("555 1234"), e.getText());
    assertFalse(e.getText().contains("456.789"), e.getText());
    assertFalse(e.getAnswerText().contains("zoraida@example.co"), e.getAnswerText());
  }

  @Test
  void spamAndOffensiveTextIsWithheldOtherRejectionsAreShown() {
    assertNull(ReportEntry.preview(rejected(Triage.SPAM, "COMPRE YA")).getText());
    assertNull(ReportEntry.preview(rejected(Triage.OFFENSIVE, "insulto")).getText());
    var outOfScope = ReportEntry.preview(rejected(Triage.OUT_OF_SCOPE, "Mi saldo"));
    assertEquals("Mi saldo", outOfScope.getText());
    assertEquals(ReportDisposition.REJECTED, outOfScope.getDisposition());
    assertEquals(Triage.OUT_OF_SCOPE, outOfScope.getReason());
    assertNull(outOfScope.getOnTime(), "a rejection is not an answer and is not timed");
  }

  @Test
  void onTimeComparesBogotaDatesWithTheDueDate() {
    // 23:30 in Bogotá on the due date is 04:30 UTC the next day: still on time.
    assertTrue(
        ReportEntry.preview(answered("t", false, Instant.parse("2026-03-21T04:30:00Z")))
            .getOnTime());
    // 00:30 in Bogotá the day after the due date: late.
    assertFalse(
        ReportEntry.preview(answered("t", false, Instant.parse("2026-03-21T05:30:00Z")))
            .getOnTime());
  }

  @Test
  void anObservationStillWaitingForItsAnswerCannotBeInAReport() {
    var pending =
        new ObservationFacts(
            "OBS-2026-000003",
            null,
            "A",
            false,
            StakeholderGroup.OTRO,
            "11",
            Channel.WEB,
            Instant.parse("2026-03-01T15:00:00Z"),
            "t",
            ObservationStatus.APPROVED,
            Triage.PUBLISHABLE,
            AnswerOutcome.ACCEPTED,
            "r",
            null,
            DUE);
    assertThrows(IllegalArgumentException.class, () -> ReportEntry.preview(pending));
  }
}
