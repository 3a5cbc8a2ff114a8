package co.gov.icetex.participa.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PaacSeedParserTest {

  private static final SeedOutline OUTLINE = PaacSeedParser.parseResource();

  @Test
  void findsTheIntroductionAndTheSixNumberedComponents() {
    List<SeedNode> chapters = OUTLINE.parts();
    assertEquals(7, OUTLINE.count(PartKind.CHAPTER));
    assertEquals(7, chapters.size());
    assertNull(chapters.get(0).numberLabel());
    assertEquals("Introducción", chapters.get(0).title());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6"),
        chapters.stream().skip(1).map(SeedNode::numberLabel).toList());
    assertEquals("Gestión de riesgos de corrupción", chapters.get(1).title());
    assertEquals("Estrategia de racionalización de trámites", chapters.get(2).title());
    assertEquals(
        "Mecanismos para la transparencia y acceso a la información pública",
        chapters.get(5).title());
    assertTrue(chapters.get(1).body().startsWith("A través de esta estrategia se identifican"));
  }

  @Test
  void countsSectionsAndWorkPlanRows() {
    // 3 numbered (6.1-6.3) + 8 captions ("Plan de trabajo 2020" x4, "Mapa de riesgos…", 3 more
    // "Plan de … 2020" pointing to annexes) + 9 row groups inside tables (4 in chapter 3, 5 in
    // 6.1).
    assertEquals(20, OUTLINE.count(PartKind.SECTION));
    assertEquals(0, OUTLINE.count(PartKind.PARAGRAPH));
    assertEquals(60, OUTLINE.count(PartKind.ACTIVITY));
    // Per component, counted by hand: 5, 5, 13, 8, 8 and 15 + 3 + 3 in "Otras iniciativas".
    assertEquals(
        List.of(0L, 5L, 5L, 13L, 8L, 8L, 21L),
        OUTLINE.parts().stream()
            .map(c -> c.flatten().filter(n -> n.kind() == PartKind.ACTIVITY).count())
            .toList());
    SeedNode participation = OUTLINE.parts().get(6).children().get(0);
    assertEquals("6.1", participation.numberLabel());
    assertEquals(15, participation.flatten().filter(n -> n.kind() == PartKind.ACTIVITY).count());
  }

  @Test
  void readsTheFirstRowWithItsColumnsInOrder() {
    SeedNode first = OUTLINE.rows().get(0);
    assertEquals("Realizar el monitoreo al Mapa de Riesgos de Corrupción", first.title());
    assertEquals(
        List.of(
            new PartField("Subcomponente", "Monitoreo o revisión"),
            new PartField("Actividades", "Realizar el monitoreo al Mapa de Riesgos de Corrupción"),
            new PartField("Meta o producto", "Mapa de riesgos de corrupción actualizado al 2020"),
            new PartField("Responsable", "Oficina de Riesgos"),
            new PartField("Fecha programada", "29/11/2020")),
        first.fields());
    SeedNode plan = OUTLINE.parts().get(1).children().get(0);
    assertEquals("Plan de trabajo 2020", plan.title());
    assertEquals(PartKind.SECTION, plan.kind());
  }

  @Test
  void carriesForwardMergedCells() {
    List<SeedNode> rows = OUTLINE.rows();
    assertEquals("Monitoreo o revisión", rows.get(1).field("Subcomponente"));
    assertTrue(rows.get(1).title().startsWith("Presentar la actualización"));
    assertEquals("Seguimiento", rows.get(4).field("Subcomponente"));
    // A subcomponent written on an untabbed line after an empty first cell.
    assertEquals(
        "Lineamientos de Transparencia Pasiva",
        row("Implementación del Modelo de Atención al Usuario").field("Subcomponente"));
    // Rows of 6.1 that share product, date and office with the row above.
    SeedNode budget = row("Publicación para participación ciudadana sobre el Anteproyecto");
    assertEquals(
        "Observaciones recibidas y respuestas dadas a la ciudadanía.", budget.field("Producto"));
    assertEquals("31/01/2020", budget.field("Fecha programada"));
    assertEquals("Oficina Asesora de Planeación", budget.field("Dependencia (s) responsable (s)"));
  }

  @Test
  void keepsDatesAsWrittenAndJoinsCellsSplitOverLines() {
    assertEquals(
        "13/04/2020, 14/08/2020, 18/01/2021",
        row("Realizar monitoreo al Plan de racionalización").field("Fecha programada"));
    assertTrue(
        OUTLINE.rows().stream()
            .flatMap(r -> r.fields().stream())
            .filter(f -> f.label().startsWith("Fecha"))
            .allMatch(f -> f.value().matches("\\d{2}/\\d{2}/\\d{4}(, \\d{2}/\\d{2}/\\d{4})*")));
  }

  @Test
  void shortensLongActivityTitlesButKeepsTheFullText() {
    SeedNode row = row("Fortalecimiento del proceso de capacitación");
    assertTrue(row.title().endsWith("…"));
    assertTrue(row.title().length() <= SeedText.TITLE_LENGTH);
    assertTrue(row.field("Actividades").endsWith("debida atención de los ciudadanos."));
  }

  @Test
  void leavesNoMarkersOrStrayWhitespaceAndKeepsAccents() {
    List<String> texts = OUTLINE.flatten().flatMap(PaacSeedParserTest::texts).toList();
    assertFalse(texts.stream().anyMatch(t -> t.contains("[bookmark") || t.contains("[image")));
    assertFalse(
        texts.stream()
            .anyMatch(
                t ->
                    t.contains("\t")
                        || t.contains("\u00a0")
                        || t.contains("  ")
                        || !t.equals(t.strip())));
    assertTrue(texts.contains("Oficina Asesora de Planeación"));
    assertTrue(texts.contains("Participación en la Formulación de Planes, Programa y Proyectos"));
  }

  @Test
  void groupsRowsUnderHeadingsWrittenInsideTheTable() {
    SeedNode accountability = OUTLINE.parts().get(3);
    assertEquals(
        List.of(
            "Información de Calidad y de Lenguaje Comprensible (Resultados y logros)",
            "Diálogo y la retroalimentación entre las entidades y sus grupos de interés",
            "Responsabilidad",
            "Evaluación y retroalimentación a la gestión institucional",
            "Plan de rendición de cuentas 2020"),
        accountability.children().stream().map(SeedNode::title).toList());
    assertEquals("Ver Anexo No. 3", accountability.children().get(4).body());
  }

  @Test
  void parsesASmallDocument() {
    String text =
        " INTRODUCCIÓN\nTexto.\n1. [bookmark: x]PRIMER CAPITULO\n\tActividades\n\tFecha\n\n"
            + "\tHacer algo\n\t01/02/2026\n";
    SeedOutline outline = PaacSeedParser.parse(text);
    assertEquals(2, outline.parts().size());
    assertEquals("Primer capitulo", outline.parts().get(1).title());
    assertEquals("01/02/2026", outline.rows().get(0).field("Fecha"));
  }

  private static SeedNode row(String titleStart) {
    return OUTLINE.rows().stream()
        .filter(r -> r.title().startsWith(titleStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row starting with " + titleStart));
  }

  private static Stream<String> texts(SeedNode node) {
    return Stream.concat(
        Stream.of(node.title(), node.body(), node.numberLabel()).filter(t -> t != null),
        node.fields().stream().flatMap(f -> Stream.of(f.label(), f.value())));
  }
}
