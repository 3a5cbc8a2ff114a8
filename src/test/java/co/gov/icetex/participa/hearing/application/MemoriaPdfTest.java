package co.gov.icetex.participa.hearing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.pdf.PdfUaCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MemoriaPdfTest {

  static final Instant HELD = Instant.parse("2026-03-01T14:00:00Z");

  static byte[] pdf(MemoriaView memoria) throws IOException {
    var hearing =
        new Hearing(
            "rendicion-2026",
            "Audiencia pública de rendición de cuentas 2026",
            "Resumen",
            2026,
            HELD,
            HELD.plusSeconds(7200),
            HELD.minusSeconds(86_400L * 60));
    var out = new ByteArrayOutputStream();
    MemoriaPdf.write(hearing, memoria, out);
    return out.toByteArray();
  }

  static MemoriaView memoria(List<MemoriaView.Question> questions) {
    return new MemoriaView(
        2,
        HELD.plusSeconds(86_400L * 5),
        "La audiencia presentó los resultados de la gestión.\n\nSe respondieron las preguntas recibidas.",
        "Publicar los materiales con un mes de anticipación.",
        40,
        120,
        questions.size(),
        questions,
        35,
        4.3,
        4.1,
        20,
        3,
        12,
        List.of("Muy clara"));
  }

  @Test
  void theMemoriaIsATaggedPdfUa1DocumentNamingOnlyAuthorsWhoConsented() throws IOException {
    var questions = new ArrayList<MemoriaView.Question>();
    for (int i = 1; i <= 40; i++) {
      questions.add(
          new MemoriaView.Question(
              String.format("OBS-2026-%06d", i),
              i == 1 ? "Laura Gómez" : "",
              "¿Cuántos créditos se otorgaron en la región "
                  + i
                  + " y cómo se distribuyeron por estrato?",
              "ACCEPTED",
              "Se otorgaron créditos en todos los departamentos; el detalle está en el informe de gestión."));
    }
    byte[] bytes = pdf(memoria(questions));

    assertEquals(List.of(), PdfUaCheck.failures(bytes));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertTrue(doc.getNumberOfPages() > 1, "runs over pages");
      assertEquals(
          "Memoria de la audiencia: Audiencia pública de rendición de cuentas 2026",
          doc.getDocumentInformation().getTitle());
      assertEquals("es-CO", doc.getDocumentCatalog().getLanguage());
      var bookmarks = new ArrayList<String>();
      doc.getDocumentCatalog()
          .getDocumentOutline()
          .children()
          .forEach(b -> bookmarks.add(b.getTitle()));
      assertEquals(
          List.of(
              "Resumen",
              "Asistencia",
              "Preguntas y respuestas",
              "Resultados de la evaluación",
              "Compromisos de mejora"),
          bookmarks);
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Página 1 de " + doc.getNumberOfPages()), text);
      assertTrue(
          text.contains("OBS-2026-000001 · Laura Gómez")
              && text.contains("OBS-2026-000002 · Ciudadano/a"),
          text);
      assertTrue(text.contains("Aceptada e incorporada: Se otorgaron"), text);
      assertTrue(
          text.contains("La audiencia presentó los resultados de la gestión.\nSe respondieron"),
          "two paragraphs: " + text);
    }
  }

  @Test
  void aMemoriaWithoutQuestionsIsStillPdfUa1() throws IOException {
    byte[] bytes = pdf(memoria(List.of()));

    assertEquals(List.of(), PdfUaCheck.failures(bytes));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertFalse(new PDFTextStripper().getText(doc).contains("OBS-"));
    }
  }
}
