package co.gov.icetex.participa.finalversion.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.finalversion.diff.DiffSegment.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The word-level comparison of a draft's text and its final version. */
class WordDiffTest {

  private static String render(List<DiffSegment> segments) {
    return segments.stream()
        .map(
            s ->
                switch (s.kind()) {
                  case EQUAL -> s.text();
                  case INSERTED -> "{+" + s.text() + "+}";
                  case DELETED -> "[-" + s.text() + "-]";
                })
        .collect(Collectors.joining());
  }

  @Test
  void aReplacedWordIsOneDeletionAndOneInsertion() {
    assertEquals(
        "Metas [-anuales-]{+trimestrales+} de cobertura.",
        render(WordDiff.diff("Metas anuales de cobertura.", "Metas trimestrales de cobertura.")));
  }

  @Test
  void addedAndRemovedWordsAreMarkedAndTheRestIsShared() {
    assertEquals(
        "Publicar el informe {+en formato abierto +}cada [-seis-]{+tres+} meses[- sin falta-].",
        render(
            WordDiff.diff(
                "Publicar el informe cada seis meses sin falta.",
                "Publicar el informe en formato abierto cada tres meses.")));
  }

  @Test
  void bothSidesRebuildTheirText() {
    String before =
        "El ICETEX revisará los créditos (línea 2.1) cada año; con la Oficina de Riesgos.";
    String after =
        "El ICETEX revisará los créditos educativos (línea 2.3) cada semestre, con la Oficina Asesora de Planeación.";
    TextDiff d = TextDiff.of(before, after);
    assertEquals(before, d.before().stream().map(DiffSegment::text).collect(Collectors.joining()));
    assertEquals(after, d.after().stream().map(DiffSegment::text).collect(Collectors.joining()));
    assertTrue(d.changed());
  }

  @Test
  void equalTextsHaveOneEqualSegmentAndNullIsEmpty() {
    assertEquals(
        List.of(new DiffSegment(Kind.EQUAL, "Sin cambios")),
        WordDiff.diff("Sin cambios", "Sin cambios"));
    assertFalse(TextDiff.of("Sin cambios", "Sin cambios").changed());
    assertEquals(List.of(), WordDiff.diff(null, ""));
    assertEquals(
        List.of(new DiffSegment(Kind.INSERTED, "Nuevo texto")), WordDiff.diff(null, "Nuevo texto"));
    assertEquals(
        List.of(new DiffSegment(Kind.DELETED, "Texto viejo")), WordDiff.diff("Texto viejo", null));
  }

  @Test
  void accentedWordsAndNumbersAreWholeTokens() {
    assertEquals(
        List.of("Participación", " ", "ciudadana", ":", " ", "2027", "."),
        WordDiff.tokens("Participación ciudadana: 2027."));
    assertEquals(
        "$ [-98.450.000.000-]{+99.000.000.000+} (2,5 %)",
        render(WordDiff.diff("$ 98.450.000.000 (2,5 %)", "$ 99.000.000.000 (2,5 %)")),
        "an amount is one token");
    assertEquals(
        List.of("Participacio\u0301n"),
        WordDiff.tokens("Participacio\u0301n"),
        "a combining accent stays in its word");
  }

  @Test
  void aHugeRewriteFallsBackToAWholeReplacementButKeepsTheSharedEnds() {
    String oldMiddle = "alfa ".repeat(1_500);
    String newMiddle = "beta ".repeat(1_500);
    String before = "Inicio común. " + oldMiddle + "Final común.";
    String after = "Inicio común. " + newMiddle + "Final común.";
    assertTrue(WordDiff.tooLargeForLcs(oldMiddle, newMiddle));
    List<DiffSegment> d = WordDiff.diff(before, after);
    assertEquals(
        List.of(Kind.EQUAL, Kind.DELETED, Kind.INSERTED, Kind.EQUAL),
        d.stream().map(DiffSegment::kind).toList());
    assertEquals("Inicio común. ", d.get(0).text());
    // the space before "Final" is shared too, so it belongs to the common end
    assertEquals(oldMiddle.strip(), d.get(1).text());
    assertEquals(newMiddle.strip(), d.get(2).text());
    assertEquals(" Final común.", d.get(3).text());
  }

  @Test
  void aSmallEditInAHugeTextStaysWordLevelThanksToTheSharedEnds() {
    String common = "palabra ".repeat(5_000);
    List<DiffSegment> d = WordDiff.diff(common + "uno " + common, common + "dos " + common);
    assertEquals(
        List.of(Kind.EQUAL, Kind.DELETED, Kind.INSERTED, Kind.EQUAL),
        d.stream().map(DiffSegment::kind).toList());
    assertEquals("uno", d.get(1).text());
    assertEquals("dos", d.get(2).text());
  }
}
