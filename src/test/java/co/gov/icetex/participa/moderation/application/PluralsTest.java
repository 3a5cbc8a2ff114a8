package co.gov.icetex.participa.moderation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.shared.Messages;
import org.junit.jupiter.api.Test;

/**
 * Counted sentences of the staff's observation pages agree in number with their count: the bundle
 * writes each as a ChoiceFormat, and these are the sentences people read most.
 */
class PluralsTest {

  @Test
  void anAssignmentOfOneIsSingularAndOfSeveralPlural() {
    assertEquals(
        "Se asignó 1 observación a Dirección de Crédito.",
        new Assignment(1, 0, "Dirección de Crédito").message());
    assertEquals(
        "Se asignaron 3 observaciones a Dirección de Crédito."
            + " 1 no estaba clasificada y quedó admitida.",
        new Assignment(3, 1, "Dirección de Crédito").message());
    assertEquals(
        "Se asignaron 1.200 observaciones a Planeación. 2 no estaban clasificadas y quedaron"
            + " admitidas.",
        new Assignment(1200, 2, "Planeación").message());
  }

  @Test
  void answerSheetsAndBatchPublicationCountInTheRightNumber() {
    assertEquals("Se guardó 1 respuesta; pasó a aprobación.", Messages.get("sheet.imported", 1));
    assertEquals(
        "Se guardaron 2 respuestas; pasaron a aprobación.", Messages.get("sheet.imported", 2));
    assertEquals(
        "El archivo tiene 1 fila con errores; no se guardó ninguna respuesta.",
        Messages.get("sheet.error.invalid", 1));
    assertEquals(
        "Se publicaron las respuestas de 1 observación y se avisó a cada autor una sola vez.",
        Messages.get("answer.publishedBatch", 1));
  }

  @Test
  void theDashboardsTasksReadNaturallyForZeroOneAndMany() {
    assertEquals(
        "No tiene observaciones por clasificar o asignar",
        Messages.get("admin.dashboard.task.MODERATOR", 0L));
    assertEquals(
        "Tiene 1 observación por clasificar o asignar",
        Messages.get("admin.dashboard.task.MODERATOR", 1L));
    assertEquals(
        "Tiene 12 observaciones por clasificar o asignar",
        Messages.get("admin.dashboard.task.MODERATOR", 12L));
    assertEquals(
        "3 de ellas vencen en 3 días hábiles o menos (incluidas las vencidas)",
        Messages.get("admin.dashboard.dueSoon", 3L, 3));
    assertEquals("1 de ellas está vencida", Messages.get("admin.dashboard.overdue", 1L));
  }

  @Test
  void theDeadlineBoardsTotalsAgreeWithTheirCount() {
    assertEquals("vencida", Messages.get("deadlines.overdue.count", 1L));
    assertEquals("vencidas", Messages.get("deadlines.overdue.count", 0L));
    assertEquals("vencen pronto", Messages.get("deadlines.dueSoon.count", 4L));
    assertEquals("vence pronto", Messages.get("deadlines.dueSoon.count", 1L));
  }
}
