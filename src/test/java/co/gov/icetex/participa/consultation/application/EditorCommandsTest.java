package co.gov.icetex.participa.consultation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The editor's commands, checked as {@link ConsultationEditor} checks them: the Spanish sentence
 * per field.
 */
class EditorCommandsTest {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

  private final CommandValidator validator = new CommandValidator();

  private Map<String, String> messages(Object command) {
    return validator.violationsOf(command).ordered().stream()
        .collect(
            Collectors.toMap(
                Violation::field, Violation::message, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static DraftDetails details(String title, String summary, Integer year) {
    return new DraftDetails(
        ConsultationType.PAAC, title, summary, year, "Oficina Asesora de Planeación");
  }

  @Test
  void aDraftNeedsATitleASummaryATypeAndAYearInRange() {
    assertEquals(Map.of(), messages(details("Plan 2027", "Para comentar.", 2027)));
    var missing = messages(new DraftDetails(null, "  \t", null, 1999, " "));
    assertEquals(
        List.of("type", "title", "summary", "year", "office"),
        List.copyOf(missing.keySet()),
        "in the form's order");
    assertEquals("Elija el tipo de consulta.", missing.get("type"));
    assertEquals("Este campo es obligatorio.", missing.get("title"));
    assertEquals("Escriba una vigencia entre 2000 y 2100.", missing.get("year"));
    assertEquals("Elija una dependencia activa de la lista.", missing.get("office"));
    assertEquals(
        "Escriba una vigencia entre 2000 y 2100.", messages(details("T", "S", null)).get("year"));
  }

  @Test
  void tooLongTextsSayTheirLimit() {
    var tooLong = messages(details("t".repeat(301), "s".repeat(5_001), 2027));
    assertEquals("El texto supera el máximo de 300 caracteres.", tooLong.get("title"));
    assertEquals("El texto supera el máximo de 5.000 caracteres.", tooLong.get("summary"));
    assertEquals(
        Map.of(),
        messages(details("t".repeat(300), "s".repeat(5_000), 2027)),
        "the limits themselves pass");
    assertEquals(
        "El texto supera el máximo de 2.000 caracteres.",
        messages(new EarlyClosing("n".repeat(2_001))).get("closeNotice"));
  }

  @Test
  void textsAreJudgedAsTheyWouldBeSaved() {
    var d = details("  Plan\n  de acción  ", "\u0007 Resumen \r\n con dos líneas ", 2027);
    assertEquals("Plan de acción", d.title());
    assertEquals("Resumen \n con dos líneas", d.summary());
    assertNull(new EarlyClosing("   ").closeNotice(), "blank is no notice");
  }

  @Test
  void theWindowNeedsBothDatesAndClosesOnOrAfterItOpens() {
    assertEquals(
        Map.of(
            "opensOn",
            "Escriba la fecha con el formato AAAA-MM-DD.",
            "closesOn",
            "Escriba la fecha con el formato AAAA-MM-DD."),
        messages(new Publication(null, null, "")));
    assertEquals(
        Map.of(
            Publication.DATES_IN_ORDER,
            "La fecha de cierre debe ser igual o posterior a la de apertura."),
        messages(new Publication(DAY, DAY.minusDays(1), null)));
    assertEquals(Map.of(), messages(new Publication(DAY, DAY, null)), "one day is a window");
    assertEquals(
        "Escriba la fecha con el formato AAAA-MM-DD.",
        messages(new Extension(null, "Aviso")).get("extendTo"));
  }

  @Test
  void aPartNeedsATitleAndKeepsItsTextsWithinLimits() {
    var part =
        messages(new PartText(PartKind.PARAGRAPH, "n".repeat(41), " ", "b".repeat(20_001), null));
    assertEquals(List.of("numberLabel", "title", "body"), List.copyOf(part.keySet()));
    assertEquals("El texto supera el máximo de 40 caracteres.", part.get("numberLabel"));
    assertEquals("Este campo es obligatorio.", part.get("title"));
    assertEquals("El texto supera el máximo de 20.000 caracteres.", part.get("body"));
    var row =
        new PartText(
            PartKind.BUDGET_LINE,
            null,
            "Gastos",
            null,
            List.of(new PartField("Valor", " $ 1 "), new PartField("Nota", "x".repeat(2_001))));
    assertEquals("$ 1", row.fields().get(0).value());
    assertTrue(row.hasCellTooLong());
    assertFalse(new PartText(PartKind.BUDGET_LINE, null, "Gastos", null, null).hasCellTooLong());
  }

  @Test
  void aCorrectionNeedsItsTextsAndAnOffice() {
    var c = messages(new DetailsCorrection("", "", "", "n".repeat(2_001)));
    assertEquals(List.of("title", "summary", "office", "changeNote"), List.copyOf(c.keySet()));
    assertEquals("El texto supera el máximo de 2.000 caracteres.", c.get("changeNote"));
  }
}
