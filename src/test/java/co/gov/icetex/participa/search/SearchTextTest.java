package co.gov.icetex.participa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void foldsAccentsCaseAndPunctuation() {
    assertEquals(
        "plan anticorrupcion y de atencion al ciudadano",
        SearchText.fold("Plan Anticorrupción y de Atención al Ciudadano"));
    assertEquals("ano nino pinguino", SearchText.fold("AÑO, niño; pingüino!"));
    assertEquals("1 2 gestion del riesgo", SearchText.fold("1.2  Gestión\tdel—riesgo"));
  }

  @Test
  void theQueryIsFoldedTheSameWaySoBothSpellingsGiveTheSameTerms() {
    assertEquals(SearchText.terms("anticorrupción"), SearchText.terms("ANTICORRUPCION"));
    assertEquals(
        List.of("mapa", "riesgos"),
        SearchText.terms("  Mapa de... ".replace("de", "") + "riesgos mapa"));
  }

  @Test
  void tooShortOrEmptyQueriesGiveNoTerms() {
    assertTrue(SearchText.terms(null).isEmpty());
    assertTrue(SearchText.terms("  ¿? ").isEmpty());
    assertTrue(SearchText.terms("é").isEmpty());
    assertEquals(List.of("tu"), SearchText.terms("tú"));
  }

  @Test
  void termsAreBounded() {
    var many = SearchText.terms("uno dos tres cuatro cinco seis siete ocho nueve diez");
    assertEquals(SearchText.MAX_TERMS, many.size());
    assertEquals("ocho", many.get(many.size() - 1));
    assertTrue(SearchText.terms("x".repeat(5000)).get(0).length() <= SearchText.MAX_QUERY);
  }

  @Test
  void foldingKeepsPositionsForExcerpts() {
    String text = "Él contó: «Área de atención»";
    assertEquals(text.length(), SearchText.foldKeepingPositions(text).length());
  }

  @Test
  void anExcerptShowsTheMatchWithWholeWords() {
    String text =
        "Primera frase de relleno. ".repeat(20)
            + "Aquí está la acción anticorrupción que buscamos. "
            + "Más relleno al final. ".repeat(20);
    String excerpt = SearchText.excerpt(text, List.of("anticorrupcion"), 80);
    assertTrue(excerpt.contains("anticorrupción"), excerpt);
    assertTrue(excerpt.startsWith("… ") && excerpt.endsWith(" …"), excerpt);
    assertTrue(excerpt.length() <= 80 + 4, excerpt);
    assertEquals("Corto.", SearchText.excerpt("  Corto. ", List.of("x"), 80));
  }
}
