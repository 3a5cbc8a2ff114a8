package co.gov.icetex.participa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HighlighterTest {

  @Test
  void marksTheWordsIgnoringAccentsAndCaseAsWritten() {
    assertEquals(
        "Plan <mark>Anticorrupción</mark> y de <mark>Atención</mark> al Ciudadano",
        Highlighter.mark(
            "Plan Anticorrupción y de Atención al Ciudadano", "anticorrupcion ATENCIÓN"));
  }

  @Test
  void marksInsideWordsLikeTheSearchFindsThem() {
    assertEquals(
        "<mark>crédito</mark>s educativos", Highlighter.mark("créditos educativos", "CREDITO"));
  }

  @Test
  void escapesBeforeMarkingSoNoTextBecomesMarkup() {
    String html =
        Highlighter.mark("<script>alert('x')</script> beca & \"crédito\"", "<script> crédito");
    assertEquals(
        "&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; beca &amp;"
            + " &quot;<mark>crédito</mark>&quot;",
        html);
    assertFalse(html.contains("<script"));
  }

  @Test
  void aQueryCannotMarkTheEscapesThemselves() {
    // "lt" and "amp" are in the escaped HTML but not in the text: nothing to mark.
    assertEquals("a &lt; b &amp; c", Highlighter.mark("a < b & c", "lt amp"));
  }

  @Test
  void overlappingWordsMakeOneMark() {
    assertEquals("<mark>educación</mark>", Highlighter.mark("educación", "educa cacion"));
  }

  @Test
  void nothingToMarkWithoutWordsOrText() {
    assertEquals("Sin cambios &amp; nada", Highlighter.mark("Sin cambios & nada", "x"));
    assertEquals("", Highlighter.mark(null, "beca"));
  }
}
