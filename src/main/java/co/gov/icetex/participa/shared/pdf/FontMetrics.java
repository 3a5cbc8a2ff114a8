package co.gov.icetex.participa.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The embedded font (Liberation Sans, shipped inside PDFBox) and its glyph ids and widths, read
 * once: the line breaker measures every word of every entry and the content writer encodes every
 * character.
 */
final class FontMetrics {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final byte[] FONT_BYTES;

  /**
   * Advance width in 1/1000 em of each BMP character; negative when the font has no glyph for it.
   */
  private static final float[] WIDTHS = new float[0x10000];

  /** The glyph id of each BMP character, 0 when the font has none. */
  private static final char[] GLYPHS = new char[0x10000];

  static {
    try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The PDF font is missing: " + FONT);
      }
      FONT_BYTES = in.readAllBytes();
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        float scale = 1000f / ttf.getUnitsPerEm();
        for (int c = 0; c < WIDTHS.length; c++) {
          int gid = cmap.getGlyphId(c);
          WIDTHS[c] = gid > 0 ? ttf.getAdvanceWidth(gid) * scale : -1;
          GLYPHS[c] = (char) gid;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FontMetrics() {}

  /** The glyph that draws {@code c} (0, the missing glyph, when the font has none). */
  static int glyph(char c) {
    return GLYPHS[c];
  }

  static float width(String s, float size) {
    float w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += WIDTHS[s.charAt(i)];
    }
    return w * size / 1000;
  }

  /**
   * The text as the font can draw it: tabs and other spaces become spaces, control characters go,
   * and characters the font lacks (emoji, other scripts) become "?"; line breaks stay.
   */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      if (c == '\n') {
        replacement = null; // kept: the line breaker breaks there
      } else if (c == '\r') {
        replacement = "";
      } else if (c == '\t' || (Character.isSpaceChar(c) && c != ' ' && WIDTHS[c] < 0)) {
        replacement = " ";
      } else if (Character.isISOControl(c)) {
        replacement = "";
      } else if (Character.isHighSurrogate(c)) {
        replacement = "?";
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (out == null) {
            out = new StringBuilder(s.length()).append(s, 0, i);
          }
          out.append(replacement);
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c) || WIDTHS[c] < 0) {
        replacement = "?";
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  /** The text cut to {@code width} with an ellipsis when it is wider. */
  static String shorten(String s, float size, float width) {
    String clean = clean(s);
    if (width(clean, size) <= width) {
      return clean;
    }
    int end = clean.length();
    while (end > 0 && width(clean.substring(0, end) + "…", size) > width) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }
}
