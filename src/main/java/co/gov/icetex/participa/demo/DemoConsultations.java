package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo catalogue: the PAAC 2020 from the seed and one consultation of every other type, built
 * as unsaved, published entities whose comment windows are placed around {@code now}. At that
 * instant one is upcoming, one closed and the rest open; one open consultation has a window shorter
 * than the legal minimum, with its recorded reason.
 */
public final class DemoConsultations {

  private DemoConsultations() {}

  public static List<Consultation> catalogue(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, AppClock.BOGOTA);
    return List.of(
        publish(PaacConsultation.build(window(today, -5, 20), now), null, now),
        publish(ActionPlanConsultation.build(window(today, 7, 26), now), null, now),
        publish(IndicatorsConsultation.build(window(today, -1, 18), now), null, now),
        withBudgetCsv(publish(BudgetConsultation.build(window(today, -3, 16), now), null, now)),
        publish(AccountabilityReportConsultation.build(window(today, -30, -11), now), null, now),
        publish(
            ProcedurePlanConsultation.build(window(today, -2, 7), now),
            ProcedurePlanConsultation.SHORT_WINDOW_REASON,
            now),
        publish(RegulationDraftConsultation.build(window(today, -4, 14), now), null, now),
        publish(ServicePolicyConsultation.build(window(today, 0, 21), now), null, now));
  }

  /**
   * From the start of {@code today + firstOffset} to the end of {@code today + lastOffset}, Bogotá.
   */
  private static CommentWindow window(LocalDate today, int firstOffset, int lastOffset) {
    return CommentWindow.ofBogotaDates(today.plusDays(firstOffset), today.plusDays(lastOffset));
  }

  private static Consultation publish(Consultation c, String shortWindowReason, Instant now) {
    c.addFile(c.getTitle() + " (PDF)", c.getSlug() + ".pdf", DemoFiles.PDF, DemoFiles.pdfOf(c));
    c.publish(CommentWindow.DEFAULT_MINIMUM, shortWindowReason, now);
    return c;
  }

  private static Consultation withBudgetCsv(Consultation c) {
    c.addFile(
        "Detalle de rubros (CSV)", c.getSlug() + ".csv", DemoFiles.CSV, BudgetConsultation.csv());
    return c;
  }
}
