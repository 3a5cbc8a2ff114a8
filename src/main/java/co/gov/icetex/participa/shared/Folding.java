package co.gov.icetex.participa.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spanish text compared the way people expect: accents and case aside ("Título" matches "titulo"),
 * and the URL slugs made from titles.
 */
public final class Folding {

  private Folding() {}

  /**
   * Without accents, trimmed, in lower case; "" for null: the text decomposed (NFD) without its
   * combining marks. Folded one character at a time, from a table for the Latin letters Spanish
   * writes, rather than by normalising the whole text and removing the marks with a regular
   * expression, which was a third of campaign grouping's CPU ({@code src/bench/campaign-bench.sh});
   * the result is the same ({@code FoldingTest} compares both on every character of the Basic
   * Multilingual Plane).
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        out.append((char) c);
      } else if (c < TABLED) {
        out.append(FOLDED[c]);
      } else {
        appendWithoutMarks(out, Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD));
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  /** Latin-1 and Latin Extended-A and -B: every letter with an accent Spanish (or a name) uses. */
  private static final int TABLED = 0x250;

  private static final String[] FOLDED = new String[TABLED];

  static {
    for (int c = 0; c < TABLED; c++) {
      var folded = new StringBuilder(2);
      appendWithoutMarks(folded, Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD));
      FOLDED[c] = folded.toString();
    }
  }

  private static void appendWithoutMarks(StringBuilder out, String decomposed) {
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(c);
      }
    }
  }

  /** A URL slug: folded, letters and digits joined by hyphens, at most {@code maxLength} long. */
  public static String slug(String title, int maxLength) {
    String slug = fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
  }
}
