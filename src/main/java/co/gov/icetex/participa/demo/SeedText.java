package co.gov.icetex.participa.demo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * String clean-up for text extracted from Word documents: markers, stray spaces, all-caps headings.
 */
final class SeedText {

  static final int TITLE_LENGTH = 160;

  private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
  private static final Pattern MARKER = Pattern.compile("\\[(?:bookmark|image):[^\\]]*]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern LOOSE_SLASH = Pattern.compile("\\s+/\\s*|\\s*/\\s+");

  /**
   * Spanish words ending in "-ion" carry an accent ("gestión"); all-caps headings often lose it.
   */
  private static final Pattern UNACCENTED_ION = Pattern.compile("(\\p{L}{2,})ion\\b");

  private SeedText() {}

  /** Removes "[bookmark: …]" and "[image: …]" markers, keeping everything else (tabs included). */
  static String stripMarkers(String line) {
    return MARKER.matcher(line).replaceAll("");
  }

  /** One line of text: no markers, single spaces, "a/ b" written "a / b", no dangling separator. */
  static String clean(String text) {
    String s = SPACES.matcher(stripMarkers(text)).replaceAll(" ").strip();
    s = LOOSE_SLASH.matcher(s).replaceAll(" / ");
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** True for headings typed in capitals: at least three letters and no lowercase letter. */
  static boolean isAllCaps(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters >= 3 && text.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * A heading people can read: "GESTION DE RIESGOS" becomes "Gestión de riesgos"; a heading that
   * only starts in capitals ("DIÁLOGO y la retroalimentación") keeps the rest as written.
   */
  static String readable(String text) {
    String s = clean(text);
    if (isAllCaps(s)) {
      return capitalize(accentIon(s.toLowerCase(SPANISH)));
    }
    int end = s.indexOf(' ');
    String first = end < 0 ? s : s.substring(0, end);
    if (isAllCaps(first)) {
      return capitalize(accentIon(first.toLowerCase(SPANISH))) + s.substring(first.length());
    }
    return s;
  }

  /** True when the text starts with a word typed in capitals, as table group headings do. */
  static boolean startsInCaps(String text) {
    int end = text.indexOf(' ');
    return isAllCaps(end < 0 ? text : text.substring(0, end));
  }

  /** The text itself when short enough, otherwise cut at a word boundary and ended with "…". */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return text.substring(0, cut).strip() + "…";
  }

  private static String accentIon(String lower) {
    return UNACCENTED_ION.matcher(lower).replaceAll("$1ión");
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(SPANISH) + s.substring(1);
  }
}
