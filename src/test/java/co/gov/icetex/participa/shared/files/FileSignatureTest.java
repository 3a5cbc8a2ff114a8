package co.gov.icetex.participa.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Office packages are judged from their ZIP directory: bombs refused, nothing ever inflated. */
class FileSignatureTest {

  @Test
  void recognisesGenuineOfficePackagesByTheirParts() {
    assertEquals(Optional.of(FileSignature.DOCX), FileSignature.byContent(OfficePackages.docx()));
    assertEquals(Optional.of(FileSignature.XLSX), FileSignature.byContent(OfficePackages.xlsx()));
    byte[] plainZip =
        OfficePackages.zip(
            new OfficePackages.Part("notas.txt", "hola".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.empty(), FileSignature.byContent(plainZip), "a ZIP that is no Office package");
    assertFalse(FileSignature.inspect(plainZip).suspicious());
  }

  @Test
  void aPartThatExpandsBeyondTheLimitIsABomb() {
    var inspection =
        FileSignature.inspect(
            OfficePackages.docxInflatingTo(OfficePackageLimits.MAX_ENTRY_BYTES + 1));
    assertTrue(inspection.suspicious());
    assertEquals(Optional.empty(), inspection.type());
  }

  @Test
  void aPartCompressedFarBeyondRealDocumentsIsABombEvenWhenSmall() {
    // 20 MB of zeros deflate to ~20 KB: a ratio of about 1:1000, where real XML is 1:5 to 1:30.
    assertTrue(
        FileSignature.inspect(OfficePackages.docxInflatingTo(20L * 1024 * 1024)).suspicious());
    // Small parts may be as repetitive as they like.
    assertFalse(FileSignature.inspect(OfficePackages.docxInflatingTo(512 * 1024)).suspicious());
  }

  @Test
  void theDeclaredSizesAreJudgedNotTheBytes() {
    byte[] forged =
        OfficePackages.withDeclaredSize(OfficePackages.docx(), "word/document.xml", 0xF0000000L);
    assertTrue(
        FileSignature.inspect(forged).suspicious(), "a directory declaring 3.75 GiB is a bomb");
  }

  @Test
  void nothingIsInflated() {
    // Garbled compressed data fails any inflater; the directory alone still says what the package
    // is.
    byte[] garbled = OfficePackages.withGarbledData(OfficePackages.docx(new byte[4096]));
    assertEquals(Optional.of(FileSignature.DOCX), FileSignature.byContent(garbled));
  }

  @Test
  void tooManyPartsIsABombAndATruncatedArchiveIsNothing() {
    var parts = new OfficePackages.Part[OfficePackageLimits.MAX_ENTRIES + 1];
    parts[0] = new OfficePackages.Part("word/document.xml", new byte[1]);
    for (int i = 1; i < parts.length; i++) {
      parts[i] = new OfficePackages.Part("word/media/p" + i + ".xml", new byte[1]);
    }
    assertTrue(FileSignature.inspect(OfficePackages.zip(parts)).suspicious());

    byte[] docx = OfficePackages.docx();
    var truncated = FileSignature.inspect(Arrays.copyOf(docx, docx.length - 30));
    assertFalse(truncated.suspicious());
    assertEquals(Optional.empty(), truncated.type());
  }

  @Test
  void otherTypesByTheirMagicNumbers() {
    assertEquals(
        Optional.of(FileSignature.PDF),
        FileSignature.byContent("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(FileSignature.JPEG),
        FileSignature.byContent(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    assertEquals(
        Optional.empty(),
        FileSignature.byContent("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)));
  }
}
