package co.gov.icetex.participa.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the operators of one content stream (a page, or the form with the number of pages)
 * straight into a byte buffer, then deflated into its stream. It replaces PDPageContentStream for
 * the only text this writer draws, cleaned text in the one embedded font: PDFBox encoded every
 * character through its general font machinery and recorded it for the subset in a set of boxed
 * integers, a quarter of the 10,000-entry report's time; here a character is encoded by a table
 * lookup ({@link FontMetrics#glyph}) and reported to the subset the first time the document uses
 * it.
 *
 * <p>Text is shown as glyph ids (Identity-H, as PDFBox's own subset embedding writes it, so the
 * subset's CIDToGIDMap, widths and ToUnicode map apply unchanged).
 */
final class ContentWriter {

  private static final byte[] HEX =
      "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final PDType0Font font;
  private final String fontName;
  private final BitSet used;
  private byte[] buffer = new byte[16 * 1024];
  private int length;

  /**
   * {@code used} holds the characters already reported to the font's subset, shared by the
   * document.
   */
  ContentWriter(PDType0Font font, COSName fontName, BitSet used) {
    this.font = font;
    this.fontName = "/" + fontName.getName() + " ";
    this.used = used;
  }

  /** Deflates what was written into {@code stream} and starts afresh. */
  void writeTo(COSStream stream) throws IOException {
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(buffer, 0, length);
    }
    length = 0;
  }

  // --- Marked content

  void beginMarkedContent(COSName tag, int mcid) {
    name(tag).ascii(" <</MCID ").integer(mcid).ascii(">> BDC\n");
  }

  void beginArtifact() {
    ascii("/Artifact BMC\n");
  }

  void endMarkedContent() {
    ascii("EMC\n");
  }

  // --- Graphics

  void fillColor(float[] rgb) {
    number(rgb[0]).number(rgb[1]).number(rgb[2]).ascii("rg\n");
  }

  void strokeColor(float[] rgb) {
    number(rgb[0]).number(rgb[1]).number(rgb[2]).ascii("RG\n");
  }

  void lineWidth(float width) {
    number(width).ascii("w\n");
  }

  /** A dash pattern; none restores solid lines. */
  void dash(float... pattern) {
    ascii("[");
    for (float f : pattern) {
      number(f);
    }
    ascii("] 0 d\n");
  }

  void line(float x1, float y1, float x2, float y2) {
    number(x1).number(y1).ascii("m ").number(x2).number(y2).ascii("l S\n");
  }

  void rectangle(float x, float y, float width, float height) {
    number(x).number(y).number(width).number(height).ascii("re\n");
  }

  void stroke() {
    ascii("S\n");
  }

  /** Draws the form named {@code name} (a resource) with its origin at (x, y). */
  void form(COSName name, float x, float y) {
    ascii("q 1 0 0 1 ").number(x).number(y).ascii("cm ").name(name).ascii(" Do Q\n");
  }

  // --- Text

  void beginText(float size, float x, float baseline) {
    ascii("BT\n")
        .ascii(fontName)
        .number(size)
        .ascii("Tf\n")
        .number(x)
        .number(baseline)
        .ascii("Td\n");
  }

  /** Fill, or fill and stroke (the bold of a font that has no bold face). */
  void bold(boolean bold) {
    ascii(bold ? "2 Tr\n" : "0 Tr\n");
  }

  /** Text already cleaned by {@link FontMetrics#clean}: every character has a glyph. */
  void show(String text) throws IOException {
    ensure(text.length() * 4 + 8);
    buffer[length++] = '<';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!used.get(c)) {
        used.set(c);
        font.addToSubset(c);
      }
      int glyph = FontMetrics.glyph(c);
      buffer[length++] = HEX[(glyph >> 12) & 0xF];
      buffer[length++] = HEX[(glyph >> 8) & 0xF];
      buffer[length++] = HEX[(glyph >> 4) & 0xF];
      buffer[length++] = HEX[glyph & 0xF];
    }
    ascii("> Tj\n");
  }

  void endText() {
    ascii("ET\n");
  }

  // --- Bytes

  private ContentWriter ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buffer[length++] = (byte) s.charAt(i);
    }
    return this;
  }

  private ContentWriter name(COSName name) {
    return ascii("/").ascii(name.getName());
  }

  private ContentWriter integer(int n) {
    return ascii(Integer.toString(n));
  }

  /** A number with at most two decimals, followed by a space. */
  private ContentWriter number(float f) {
    long hundredths = Math.round(f * 100.0);
    if (hundredths < 0) {
      ascii("-");
      hundredths = -hundredths;
    }
    ascii(Long.toString(hundredths / 100));
    int fraction = (int) (hundredths % 100);
    if (fraction != 0) {
      ensure(3);
      buffer[length++] = '.';
      buffer[length++] = (byte) ('0' + fraction / 10);
      if (fraction % 10 != 0) {
        buffer[length++] = (byte) ('0' + fraction % 10);
      }
    }
    return ascii(" ");
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
