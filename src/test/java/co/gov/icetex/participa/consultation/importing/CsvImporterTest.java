package co.gov.icetex.participa.consultation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImporterTest {

  private static byte[] withBom(String text) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void aColombianExcelExportWithBomAndSemicolonsIsRead() {
    byte[] csv =
        withBom(
            """
        Actividad;Meta;Responsable;Fecha límite
        "Publicar el mapa de riesgos; versión 1";100 %;Oficina de Riesgos;31/01/2027

        Capacitar a los servidores;"1.200,5";Talento Humano;30/06/2027
        """);
    var parts = ContentImporter.read("plan.csv", csv, PartKind.ACTIVITY, null).parts();
    assertEquals(2, parts.size());
    assertEquals("Publicar el mapa de riesgos; versión 1", parts.get(0).title());
    assertEquals(
        List.of(
            new PartField("Actividad", "Capacitar a los servidores"),
            new PartField("Meta", "1.200,5"),
            new PartField("Responsable", "Talento Humano"),
            new PartField("Fecha límite", "30/06/2027")),
        parts.get(1).fields());
    assertEquals(
        "Actividad",
        parts.get(0).fields().get(0).label(),
        "the BOM is not part of the first header");
  }

  @Test
  void commaSeparatedWithoutBomIsReadToo() {
    byte[] csv =
        "Indicador,Línea base,Meta\n\"Tasa de deserción, pregrado\",12,8\n"
            .getBytes(StandardCharsets.UTF_8);
    var parts = ContentImporter.read("i.csv", csv, PartKind.INDICATOR, null).parts();
    assertEquals("Tasa de deserción, pregrado", parts.get(0).title());
    assertEquals("8", parts.get(0).fields().get(2).value());
  }

  @Test
  void aWindowsLatin1ExportIsRefusedWithAdvice() {
    byte[] csv = "Acción;Meta\nPublicación;1".getBytes(Charset.forName("windows-1252"));
    var refused =
        assertThrows(
            Refusal.class, () -> ContentImporter.read("plan.csv", csv, PartKind.ACTIVITY, null));
    assertEquals("editor.import.error.encoding", refused.violations().get(0).key());
  }

  @Test
  void aSpreadsheetRenamedToCsvIsRefused() throws Exception {
    byte[] xlsx = XlsxImporterTest.workbook(new String[][] {{"A"}, {"x"}});
    assertEquals(
        "editor.import.error.mismatch",
        assertThrows(
                Refusal.class,
                () -> ContentImporter.read("plan.csv", xlsx, PartKind.ACTIVITY, null))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void tooManyRowsAreRefused() {
    var csv = new StringBuilder("Actividad;Meta\n");
    for (int i = 0; i <= ImportLimits.MAX_PARTS; i++) {
      csv.append("Actividad ").append(i).append(";1\n");
    }
    assertEquals(
        "editor.import.error.tooManyParts",
        assertThrows(
                Refusal.class,
                () ->
                    ContentImporter.read(
                        "plan.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        PartKind.ACTIVITY,
                        null))
            .violations()
            .get(0)
            .key());
  }

  @Test
  void separatorDetectionIgnoresQuotedText() {
    assertEquals(',', CsvReader.delimiterOf("\"a;b;c\",d"));
    assertEquals(';', CsvReader.delimiterOf("a;b,c;d"));
    assertEquals('\t', CsvReader.delimiterOf("a\tb\tc"));
  }
}
