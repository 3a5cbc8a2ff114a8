package co.gov.icetex.participa.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTotalsTest {

  private static final LocalDate DUE = LocalDate.parse("2026-03-20");

  private static ObservationFacts facts(
      ObservationStatus status,
      Triage triage,
      AnswerOutcome outcome,
      StakeholderGroup group,
      String department,
      Channel channel,
      String publishedAt) {
    return new ObservationFacts(
        "OBS-2026-000001",
        null,
        "A",
        false,
        group,
        department,
        channel,
        Instant.parse("2026-03-01T15:00:00Z"),
        "texto",
        status,
        triage,
        outcome,
        outcome == null ? null : "r",
        publishedAt == null ? null : Instant.parse(publishedAt),
        DUE);
  }

  @Test
  void countsByOutcomeGroupDepartmentChannelAndReasonAndTheOnTimeShare() {
    var counter = new ReportTotals.Counter();
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.PUBLISHED,
                Triage.PUBLISHABLE,
                AnswerOutcome.ACCEPTED,
                StakeholderGroup.ESTUDIANTE,
                "05",
                Channel.WEB,
                "2026-03-10T15:00:00Z")));
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.PUBLISHED,
                Triage.PUBLISHABLE,
                AnswerOutcome.ACCEPTED,
                StakeholderGroup.ESTUDIANTE,
                "11",
                Channel.EMAIL,
                "2026-03-10T15:00:00Z")));
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.PUBLISHED,
                Triage.PUBLISHABLE,
                AnswerOutcome.NOT_ACCEPTED,
                StakeholderGroup.IES,
                "05",
                Channel.WEB,
                "2026-03-25T15:00:00Z")));
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.REJECTED,
                Triage.SPAM,
                null,
                StakeholderGroup.OTRO,
                "05",
                Channel.API,
                null)));
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.REDIRECTED,
                Triage.PETITION,
                null,
                StakeholderGroup.OTRO,
                "76",
                Channel.LETTER,
                null)));
    ReportTotals t = counter.totals();

    assertEquals(5, t.observations());
    assertEquals(3, t.answered());
    assertEquals(1, t.rejected());
    assertEquals(1, t.redirected());
    assertEquals(2, t.byOutcome().get(AnswerOutcome.ACCEPTED));
    assertEquals(1, t.byOutcome().get(AnswerOutcome.NOT_ACCEPTED));
    assertEquals(2, t.byGroup().get(StakeholderGroup.ESTUDIANTE));
    assertEquals(3, t.byDepartment().get("05"));
    assertEquals(2, t.byChannel().get(Channel.WEB));
    assertEquals(1, t.rejectedByReason().get(Triage.SPAM));
    assertEquals(2, t.onTime());
    assertEquals(new BigDecimal("66.7"), t.onTimePercent());
  }

  @Test
  void survivesItsJsonForm() {
    var counter = new ReportTotals.Counter();
    counter.add(
        ReportEntry.preview(
            facts(
                ObservationStatus.PUBLISHED,
                Triage.PUBLISHABLE,
                AnswerOutcome.PARTIALLY_ACCEPTED,
                StakeholderGroup.EGRESADO,
                "52",
                Channel.HEARING,
                "2026-03-10T15:00:00Z")));
    ReportTotals t = counter.totals();
    assertEquals(t, ReportTotals.fromJson(t.toJson().toString()));
  }

  @Test
  void aShareOfNothingIsUnknownNotZero() {
    assertNull(new ReportTotals.Counter().totals().onTimePercent());
    assertNull(ReportTotals.percentOf(0, 0));
    assertEquals(new BigDecimal("100.0"), ReportTotals.percentOf(3, 3));
  }
}
