package co.gov.icetex.participa.consultation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxImporterTest {

  @Test
  void englishAndSpanishHeadingStylesBecomeParts() throws IOException {
    byte[] docx;
    try (var doc = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      var styles = doc.createStyles();
      styles.addStyle(style("Heading1", "heading 1"));
      styles.addStyle(
          style("Ttulo2", "Título 2")); // Spanish Word: the id drops the accented letter
      styles.addStyle(style("MiTitulo3", "Título 3"));
      paragraph(doc, "Heading1", "1. Objetivos");
      paragraph(doc, null, "Fortalecer la atención al ciudadano.");
      paragraph(doc, null, "Con indicadores medibles.");
      paragraph(doc, "Ttulo2", "1.1 Meta");
      paragraph(doc, null, "Reducir los tiempos de respuesta.");
      paragraph(doc, "MiTitulo3", "Detalle");
      var table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Meta");
      table.getRow(0).getCell(1).setText("Plazo");
      table.getRow(1).getCell(0).setText("15 días");
      table.getRow(1).getCell(1).setText("2027");
      doc.write(out);
      docx = out.toByteArray();
    }

    var result = ContentImporter.read("plan.docx", docx, null, null);
    assertEquals(3, result.count());
    var chapter = result.parts().get(0);
    assertEquals(PartKind.CHAPTER, chapter.kind());
    assertEquals("1", chapter.numberLabel());
    assertEquals("Objetivos", chapter.title());
    assertEquals("Fortalecer la atención al ciudadano.\nCon indicadores medibles.", chapter.body());
    var section = chapter.children().get(0);
    assertEquals(PartKind.SECTION, section.kind());
    assertEquals("1.1", section.numberLabel());
    assertEquals("Reducir los tiempos de respuesta.", section.body());
    var detail = section.children().get(0);
    assertEquals(PartKind.PARAGRAPH, detail.kind());
    assertEquals("Meta | Plazo\n15 días | 2027", detail.body(), "table rows kept as text");
  }

  @Test
  void aFileNamedDocxThatIsNotADocxIsRefused() throws IOException {
    byte[] xlsx = XlsxImporterTest.workbook(new String[][] {{"A"}, {"1"}});
    var refused =
        assertThrows(Refusal.class, () -> ContentImporter.read("plan.docx", xlsx, null, null));
    assertEquals("editor.import.error.mismatch", refused.violations().get(0).key());
    assertEquals(
        "El contenido del archivo no corresponde a un archivo DOCX. Revise que no le haya cambiado la extensión.",
        refused.violations().get(0).message());
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        zip.write(spaces); // 20 MB of blanks compress to a few KB
      }
    }
    var refused =
        assertThrows(
            Refusal.class,
            () -> ContentImporter.read("bomba.docx", bytes.toByteArray(), null, null));
    assertEquals("validation.file.zipBomb", refused.violations().get(0).key());
  }

  private static XWPFStyle style(String id, String name) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    ct.setType(STStyleType.PARAGRAPH);
    return new XWPFStyle(ct);
  }

  private static void paragraph(XWPFDocument doc, String style, String text) {
    var p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }
}
