package co.gov.icetex.participa.consultation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownImporterTest {

  private static final String PLAN =
      """
      Texto de presentación del plan.

      # 1. Gestión del riesgo de corrupción
      El ICETEX identifica sus **riesgos** cada año.

      ## 1.1 Política de riesgos
      Se actualiza con la [Secretaría de Transparencia](https://www.secretariatransparencia.gov.co).

      ### Alcance
      Aplica a todos los procesos.

      ## 1.2 Monitoreo
      Trimestral.

      # 2 Racionalización de trámites ##
      ```
      # esto no es un título
      ```
      """;

  @Test
  void headingsBecomeNestedPartsWithTheirNumbersAndBodies() {
    var parts = MarkdownImporter.parse(PLAN);
    assertEquals(3, parts.size(), "preamble + two chapters");

    var preamble = parts.get(0);
    assertEquals(PartKind.CHAPTER, preamble.kind());
    assertEquals("Presentación", preamble.title());
    assertEquals("Texto de presentación del plan.", preamble.body());

    var risk = parts.get(1);
    assertEquals(PartKind.CHAPTER, risk.kind());
    assertEquals("1", risk.numberLabel());
    assertEquals("Gestión del riesgo de corrupción", risk.title());
    assertEquals(
        "El ICETEX identifica sus riesgos cada año.", risk.body(), "emphasis markers dropped");
    assertEquals(2, risk.children().size());

    var policy = risk.children().get(0);
    assertEquals(PartKind.SECTION, policy.kind());
    assertEquals("1.1", policy.numberLabel());
    assertEquals(
        "Se actualiza con la Secretaría de Transparencia (https://www.secretariatransparencia.gov.co).",
        policy.body());
    var scope = policy.children().get(0);
    assertEquals(PartKind.PARAGRAPH, scope.kind());
    assertNull(scope.numberLabel());
    assertEquals("Alcance", scope.title());

    var procedures = parts.get(2);
    assertEquals("2", procedures.numberLabel());
    assertEquals("Racionalización de trámites", procedures.title(), "closing hashes dropped");
    assertEquals("# esto no es un título", procedures.body(), "fenced code is text, not a heading");
    assertEquals(6, parts.stream().mapToInt(ImportedPart::count).sum());
  }

  @Test
  void markupIsKeptAsLiteralTextNeverInterpreted() {
    var parts = MarkdownImporter.parse("# Título <script>alert(1)</script>\n<b>negrita</b>");
    assertEquals("Título <script>alert(1)</script>", parts.get(0).title());
    assertEquals("<b>negrita</b>", parts.get(0).body(), "stored as text; the page escapes it");
  }

  @Test
  void aDocumentWithoutTextIsRefused() {
    var refused = assertThrows(Refusal.class, () -> MarkdownImporter.parse("\n\n   \n"));
    assertEquals("editor.import.error.noParts", refused.violations().get(0).key());
  }

  @Test
  void moreThanTheMaximumNumberOfPartsIsRefused() {
    var md = new StringBuilder();
    for (int i = 0; i <= ImportLimits.MAX_PARTS; i++) {
      md.append("# Parte ").append(i).append('\n');
    }
    var refused = assertThrows(Refusal.class, () -> MarkdownImporter.parse(md.toString()));
    assertEquals("editor.import.error.tooManyParts", refused.violations().get(0).key());
    assertEquals(
        "El archivo tiene más de 2.000 partes. Divídalo en varios archivos.",
        refused.violations().get(0).message());
  }

  @Test
  void markdownMustBeUtf8Text() {
    byte[] latin1 = "# Título\nAcción".getBytes(StandardCharsets.ISO_8859_1);
    var refused =
        assertThrows(Refusal.class, () -> ContentImporter.read("plan.md", latin1, null, null));
    assertEquals("editor.import.error.encoding", refused.violations().get(0).key());
    byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        "editor.import.error.mismatch",
        assertThrows(Refusal.class, () -> ContentImporter.read("plan.md", pdf, null, null))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void anOverlongBodyIsRefusedNamingItsPart() {
    String md = "# Anexo\n" + "x".repeat(ImportLimits.MAX_BODY + 1);
    var refused = assertThrows(Refusal.class, () -> MarkdownImporter.parse(md));
    assertEquals("editor.import.error.textTooLong", refused.violations().get(0).key());
    assertTrue(refused.violations().get(0).message().contains("Anexo"));
  }
}
