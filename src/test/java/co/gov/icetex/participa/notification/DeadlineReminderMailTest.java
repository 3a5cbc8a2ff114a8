package co.gov.icetex.participa.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.notification.DeadlineReminderMail.Line;
import co.gov.icetex.participa.notification.DeadlineReminderMail.Reminder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeadlineReminderMailTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final String BASE = "https://participa.icetex.gov.co";

  private static Reminder reminder(List<Line> overdue, List<Line> dueSoon) {
    return new Reminder(
        7,
        "rosa@icetex.gov.co",
        "Rosa Responde",
        TODAY,
        LocalDate.of(2026, 12, 1),
        3,
        overdue,
        dueSoon);
  }

  private static Line line(int n, String office) {
    return new Line(
        String.format("OBS-2026-%06d", n),
        "Plan Anticorrupción 2026",
        office,
        LocalDate.of(2026, 11, 20));
  }

  @Test
  void listsEachObservationWithItsDueDateOfficeAndLink() {
    Reminder r =
        reminder(List.of(line(12, "Oficina Asesora de Planeación")), List.of(line(13, null)));

    assertEquals(
        "Plazos de respuesta, 26 de noviembre de 2026: 1 vencida y 1 por vencer",
        DeadlineReminderMail.subject(r));
    String body = DeadlineReminderMail.body(r, BASE);
    assertTrue(body.startsWith("Buenos días, Rosa Responde:"), body);
    assertTrue(
        body.contains(
            "Vencidas (1):\n- OBS-2026-000012 · Plan Anticorrupción 2026 · Oficina Asesora de Planeación"
                + " · vence el 20 de noviembre de 2026\n  "
                + BASE
                + "/admin/observaciones/ver.xhtml?codigo=OBS-2026-000012"),
        body);
    assertTrue(
        body.contains(
            "Vencen en los próximos 3 días hábiles, hasta el 1 de diciembre de 2026 (1):"),
        body);
    assertTrue(
        body.contains("OBS-2026-000013 · Plan Anticorrupción 2026 · sin dependencia asignada"),
        body);
    assertTrue(
        body.contains("Tablero de plazos: " + BASE + "/admin/observaciones/plazos.xhtml"), body);
  }

  @Test
  void aSectionWithNothingInItIsLeftOut() {
    Reminder r = reminder(List.of(), List.of(line(13, "Oficina Comercial y de Mercadeo")));

    assertEquals(
        "Plazos de respuesta, 26 de noviembre de 2026: ninguna vencida y 1 por vencer",
        DeadlineReminderMail.subject(r));
    assertFalse(DeadlineReminderMail.body(r, BASE).contains("Vencidas"));
  }

  @Test
  void aLongListIsCutAndTheRestCountedForTheDashboard() {
    List<Line> many =
        IntStream.rangeClosed(1, DeadlineReminderMail.MAX_LINES + 12)
            .mapToObj(n -> line(n, "Oficina"))
            .toList();
    String body = DeadlineReminderMail.body(reminder(many, List.of()), BASE);

    assertTrue(body.contains("Vencidas (" + many.size() + "):"), body);
    assertEquals(
        DeadlineReminderMail.MAX_LINES,
        body.split("ver\\.xhtml\\?codigo=", -1).length - 1,
        "listed lines");
    assertTrue(body.contains("- … y 12 más: véalas en el tablero de plazos."), body);
    assertEquals(
        "Plazos de respuesta, 26 de noviembre de 2026: 42 vencidas y 0 por vencer",
        DeadlineReminderMail.subject(reminder(many, List.of())));
  }
}
