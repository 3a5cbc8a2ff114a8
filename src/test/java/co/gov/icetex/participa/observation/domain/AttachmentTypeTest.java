package co.gov.icetex.participa.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

  static byte[] zipWith(String entryName) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void recognisesEachPermittedTypeByItsContent() throws IOException {
    assertEquals(
        Optional.of(AttachmentType.PDF), AttachmentType.byContent("%PDF-1.7\n".getBytes()));
    assertEquals(
        Optional.of(AttachmentType.PNG),
        AttachmentType.byContent(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    assertEquals(
        Optional.of(AttachmentType.JPEG),
        AttachmentType.byContent(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(
        Optional.of(AttachmentType.DOCX), AttachmentType.byContent(zipWith("word/document.xml")));
    assertEquals(
        Optional.of(AttachmentType.XLSX), AttachmentType.byContent(zipWith("xl/workbook.xml")));
  }

  @Test
  void refusesOtherContent() throws IOException {
    assertTrue(
        AttachmentType.byContent("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
    assertTrue(AttachmentType.byContent("<html><script>".getBytes()).isEmpty());
    assertTrue(
        AttachmentType.byContent(zipWith("evil.exe")).isEmpty(), "a plain ZIP is not a DOCX");
    assertTrue(AttachmentType.byContent(new byte[0]).isEmpty());
  }

  @Test
  void readsTheTypeTheNameClaims() {
    assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.byFileName("foto.JPEG"));
    assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.byFileName("a.b.pdf"));
    assertTrue(AttachmentType.byFileName("script.exe").isEmpty());
    assertTrue(AttachmentType.byFileName("sin-extension").isEmpty());
  }

  @Test
  void keepsOnlyASafeFileName() {
    assertEquals(
        "passwd.pdf", new AttachmentUpload("../../etc/passwd.pdf", new byte[1]).fileName());
    assertEquals(
        "a_b.pdf",
        new AttachmentUpload("C:\\x\\a\"b.pdf", new byte[1]).fileName().replace("\"", "_"));
  }
}
