package co.gov.icetex.participa.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.report.domain.ReportTotals;
import co.gov.icetex.participa.shared.pdf.PdfUaCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

  static final Instant PUBLISHED = Instant.parse("2026-04-10T15:00:00Z");

  /**
   * Entries as the reader hands them over: every third author named (consent), one text withheld.
   */
  static EntryRow entry(int i) {
    boolean rejected = i % 50 == 7;
    return new EntryRow(
        i,
        String.format("OBS-2026-%06d", i),
        i % 4 == 0 ? null : "1.2 Objetivos estratégicos",
        i % 3 == 0 ? "Laura Gómez " + i : null,
        StakeholderGroup.values()[i % 8],
        i % 2 == 0 ? "05" : "11",
        Channel.values()[i % 3],
        PUBLISHED.minusSeconds(86_400L * 20),
        rejected
            ? null
            : "Observación número "
                + i
                + " sobre la evaluación del proceso: sugiero ampliar la participación"
                + " en las regiones y publicar los materiales con más anticipación. Mi teléfono es [dato oculto].",
        rejected ? ReportDisposition.REJECTED : ReportDisposition.ANSWERED,
        rejected ? Triage.SPAM : null,
        rejected ? null : AnswerOutcome.values()[i % 4],
        rejected
            ? null
            : "Respuesta número "
                + i
                + ": gracias por su aporte; la dependencia revisó la propuesta y la"
                + " incorporó en lo pertinente a la acción de mejora correspondiente.",
        rejected ? null : PUBLISHED.minusSeconds(86_400L * 2),
        LocalDate.of(2026, 4, 20),
        rejected ? null : i % 5 != 0,
        i % 40 == 3 ? String.format("OBS-2026-%06d,OBS-2026-%06d", 10_000 + i, 20_000 + i) : null);
  }

  static ReportSummary summary(int observations) {
    var totals =
        new ReportTotals(
            observations,
            observations,
            0,
            0,
            observations,
            Map.of(AnswerOutcome.ACCEPTED, observations),
            Map.of(StakeholderGroup.ESTUDIANTE, observations),
            Map.of("05", observations / 2, "11", observations - observations / 2),
            Map.of(Channel.WEB, observations),
            Map.of());
    return new ReportSummary(
        7,
        "plan-2026",
        "Plan de acción institucional 2026",
        ConsultationType.PLAN_ACCION,
        2026,
        "Oficina Asesora de Planeación",
        PUBLISHED.minusSeconds(86_400L * 40),
        PUBLISHED.minusSeconds(86_400L * 21),
        "Portal web y redes sociales",
        1,
        PUBLISHED,
        observations,
        totals,
        List.of(new ReportVersion(1, PUBLISHED, observations)));
  }

  static byte[] pdf(int observations) throws IOException {
    var pdf = new ReportPdf();
    pdf.figures = new ReportFigures();
    pdf.reader =
        new ReportReader() {
          @Override
          public void forEachEntry(long reportId, Consumer<EntryRow> action) {
            for (int i = 1; i <= observations; i++) {
              action.accept(entry(i));
            }
          }
        };
    var out = new ByteArrayOutputStream();
    pdf.write(summary(observations), out);
    return out.toByteArray();
  }

  @Test
  void theReportIsATaggedPdfUa1DocumentWithItsContentsInReadingOrder() throws IOException {
    byte[] bytes = pdf(60);

    assertEquals(List.of(), PdfUaCheck.failures(bytes));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertEquals(
          "Informe de observaciones y respuestas: Plan de acción institucional 2026",
          doc.getDocumentInformation().getTitle());
      assertEquals("es-CO", doc.getDocumentCatalog().getLanguage());
      var bookmarks = new ArrayList<String>();
      doc.getDocumentCatalog()
          .getDocumentOutline()
          .children()
          .forEach(b -> bookmarks.add(b.getTitle()));
      assertEquals(
          List.of("Datos de la consulta", "Resumen en cifras", "Observaciones y respuestas"),
          bookmarks);

      var document =
          (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      assertEquals("Document", document.getStructureType());
      var expected = new ArrayList<>(List.of("H1", "P", "H2", "TOC", "H2", "Table", "H2"));
      expected.addAll(Collections.nCopies(6, "Table"));
      expected.add("H2");
      expected.addAll(Collections.nCopies(60, "Sect"));
      assertEquals(
          expected,
          document.getKids().stream()
              .map(k -> ((PDStructureElement) k).getStructureType())
              .toList(),
          "title, subject, contents, the three sections, one section per entry, in reading order");
      var types = new ArrayList<String>();
      collect(document, types);
      assertEquals(60, types.stream().filter("H3"::equals).count(), "one heading per entry");
      assertTrue(
          types.containsAll(List.of("TOCI", "Link", "Caption", "THead", "TH", "TD")),
          types.toString());

      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Página 1 de " + doc.getNumberOfPages()), text);
      assertTrue(text.contains("OBS-2026-000003 · 1.2 Objetivos estratégicos"));
      assertTrue(
          text.contains("OBS-2026-000004 · Documento completo"),
          "an observation on the whole document");
      assertTrue(
          text.contains("Autor: Laura Gómez 3 ·") && text.contains("Autor: Ciudadano/a ·"),
          "names only with consent");
      assertTrue(
          text.contains("Observación: Texto no publicado (publicidad o lenguaje ofensivo)."),
          "withheld text");
      assertFalse(text.contains("Laura Gómez 4 ·"), "entry 4 gave no consent");
    }
  }

  /** Document, then its descendants depth first: the order a screen reader reads them in. */
  private static void collect(PDStructureNode node, List<String> types) {
    if (node instanceof PDStructureElement e) {
      types.add(e.getStructureType());
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        collect(child, types);
      }
    }
  }
}
