package co.gov.icetex.participa.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.pdf.TaggedPdf.Run;
import co.gov.icetex.participa.shared.pdf.TaggedPdf.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TaggedPdfTest {

  static final TaggedPdf.Info INFO =
      new TaggedPdf.Info(
          "Documento de prueba", "Versión 1", "ICETEX", "prueba", "Participa ICETEX", "es-CO");
  static final TaggedPdf.Decoration DECORATION =
      new TaggedPdf.Decoration("ICETEX · Participa ICETEX", "Un subtítulo", "Página {0}", "de {0}");

  /**
   * Every kind of block, long enough to run over several pages (paragraphs and a table split by
   * pages).
   */
  static byte[] sample() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var pdf = TaggedPdf.open(INFO, DECORATION)) {
      pdf.heading(1, Style.TITLE, "Documento de prueba", null);
      pdf.paragraph(Style.SMALL, "Versión 1, publicada el 2 de marzo de 2026");
      pdf.heading(2, Style.HEADING, "Contenido", null);
      pdf.contents(
          List.of(
              new TaggedPdf.TocEntry("uno", "Primera parte"),
              new TaggedPdf.TocEntry("dos", "Segunda parte")));
      pdf.heading(2, Style.HEADING, "Primera parte", "uno");
      pdf.table(
          new TaggedPdf.Table(
              null,
              new float[] {1, 2.6f},
              null,
              true,
              List.of(List.of("Consulta", "Plan de acción 2026"), List.of("Año", "2026"))));
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        rows.add(List.of("Departamento " + i, Integer.toString(i), "1,0 %"));
      }
      pdf.table(
          new TaggedPdf.Table(
              "Observaciones por departamento",
              new float[] {3, 1, 1},
              List.of("Departamento", "Cantidad", "Porcentaje"),
              false,
              rows));
      pdf.heading(2, Style.HEADING, "Segunda parte", "dos");
      for (int i = 0; i < 60; i++) {
        pdf.begin("Sect");
        pdf.heading(
            3, Style.BOLD, "OBS-2026-" + String.format("%06d", i) + " · Todo el documento", null);
        pdf.paragraph(
            Style.BODY,
            List.of(
                new Run("Observación: ", true),
                new Run(
                    "Texto con tildes, eñes y ¿signos? 🎓 emoji,\ttabulador y\nun salto de línea. "
                        .repeat(6),
                    false)));
        pdf.end();
      }
      pdf.finish(out);
    }
    return out.toByteArray();
  }

  @Test
  void aDocumentWithEveryKindOfBlockIsPdfUa1() throws IOException {
    byte[] pdf = sample();

    assertEquals(List.of(), PdfUaCheck.failures(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 3, "runs over several pages");
      var catalog = doc.getDocumentCatalog();
      assertEquals("es-CO", catalog.getLanguage());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      assertEquals("Documento de prueba", doc.getDocumentInformation().getTitle());
      assertNotNull(catalog.getStructureTreeRoot().getParentTree());
      assertEquals(List.of("Primera parte", "Segunda parte"), bookmarks(doc));
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Página 1 de " + doc.getNumberOfPages()), text);
      assertTrue(
          text.contains("¿signos? ? emoji, tabulador y"),
          "emoji replaced, tab as a space: " + text);
    }
  }

  @Test
  void theSameFileWithoutItsStructureTreeIsNotPdfUa1() throws IOException {
    // Proves the check can fail: only the tags are removed, the content and metadata stay.
    var out = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(sample())) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
      doc.save(out);
    }

    List<String> failures = PdfUaCheck.failures(out.toByteArray());

    assertFalse(failures.isEmpty());
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("7.1-")), failures.toString());
  }

  @Test
  void theTableOfContentsShowsThePageOfEachHeadingAndLinksToIt() throws IOException {
    try (PDDocument doc = Loader.loadPDF(sample())) {
      var stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // the numbers are drawn last, once the headings are placed
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(doc);
      int second = pageOfText(doc, "Segunda parte", 2);
      assertTrue(first.contains("Primera parte 1"), first);
      assertTrue(first.contains("Segunda parte " + second), "page " + second + " in: " + first);
      assertEquals(2, doc.getPage(0).getAnnotations().size());
    }
  }

  @Test
  void linesBreakBetweenWordsAndALongerWordIsSplit() {
    float width = FontMetrics.width("palabra palabra", 10);
    var lines =
        TextLines.wrap(
            List.of(new Run("palabra palabra palabra " + "x".repeat(80), false)), 10, width);
    assertEquals("palabra palabra", text(lines.get(0)));
    assertEquals("palabra", text(lines.get(1)));
    for (var line : lines) {
      assertTrue(FontMetrics.width(text(line), 10) <= width, text(line));
    }
    assertEquals(
        "x".repeat(80), lines.stream().skip(2).map(TaggedPdfTest::text).reduce("", String::concat));
  }

  private static String text(Object line) {
    return ((TextLines.Line) line)
        .segments().stream().map(s -> s.text()).reduce("", String::concat);
  }

  private static List<String> bookmarks(PDDocument doc) {
    var titles = new ArrayList<String>();
    doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
    return titles;
  }

  /** The first page from {@code from} on whose text contains {@code text}. */
  private static int pageOfText(PDDocument doc, String text, int from) throws IOException {
    var stripper = new PDFTextStripper();
    for (int p = from; p <= doc.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      if (stripper.getText(doc).contains(text)) {
        return p;
      }
    }
    return -1;
  }
}
