package co.gov.icetex.participa.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The one definition of how text is compared in search. Folding is done here, in the application,
 * for the indexed texts and for the query alike, so the result never depends on the database's
 * collation: accents and other marks are removed ("anticorrupción" → "anticorrupcion", "año" →
 * "ano"), letters are lower-cased and anything that is neither a letter nor a digit becomes a
 * space.
 */
public final class SearchText {

  /** Longest query taken; longer ones are cut, not refused, as people paste sentences. */
  public static final int MAX_QUERY = 200;

  /** Terms beyond this are ignored, which bounds the SQL each query builds. */
  public static final int MAX_TERMS = 8;

  /** A query must have at least this many letters or digits. */
  public static final int MIN_QUERY = 2;

  private SearchText() {}

  /**
   * Folds one character to exactly one character, so positions in the folded text match the
   * original.
   */
  static char foldChar(char c) {
    if (c < 128) {
      return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        return Character.isLetterOrDigit(d) ? Character.toLowerCase(d) : ' ';
      }
    }
    return ' ';
  }

  /** The text folded character by character, same length as {@code text} (for excerpts). */
  static String foldKeepingPositions(String text) {
    var out = new char[text.length()];
    for (int i = 0; i < text.length(); i++) {
      out[i] = foldChar(text.charAt(i));
    }
    return new String(out);
  }

  /** The folded form that is stored and compared: marks removed, lower case, single spaces. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return foldKeepingPositions(text).trim().replaceAll(" {2,}", " ");
  }

  /**
   * The distinct folded words of a query, at most {@link #MAX_TERMS}; empty when there is nothing
   * to search.
   */
  public static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    String cut = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    String folded = fold(cut);
    if (folded.replace(" ", "").length() < MIN_QUERY) {
      return List.of();
    }
    var terms = new LinkedHashSet<String>();
    for (String t : folded.split(" ")) {
      if (!t.isEmpty() && terms.size() < MAX_TERMS) {
        terms.add(t);
      }
    }
    return new ArrayList<>(terms);
  }

  /**
   * A piece of {@code text} of about {@code length} characters around the first place where one of
   * the folded {@code terms} occurs; the beginning of the text when none does.
   */
  public static String excerpt(String text, List<String> terms, int length) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String clean = text.strip().replaceAll("\\s+", " ");
    if (clean.length() <= length) {
      return clean;
    }
    String folded = foldKeepingPositions(clean);
    int at = -1;
    for (String t : terms) {
      int i = folded.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    int start = at < 0 ? 0 : Math.max(0, at - length / 3);
    int end = Math.min(clean.length(), start + length);
    start = Math.max(0, Math.min(start, end - length));
    // Cut at word boundaries so no word is shown in half.
    if (start > 0) {
      int space = clean.indexOf(' ', start);
      start = space < 0 || space >= end ? start : space + 1;
    }
    if (end < clean.length()) {
      int space = clean.lastIndexOf(' ', end);
      end = space <= start ? end : space;
    }
    return (start > 0 ? "… " : "")
        + clean.substring(start, end)
        + (end < clean.length() ? " …" : "");
  }

  /**
   * A LIKE pattern that finds {@code term} anywhere; folded terms hold only letters and digits, no
   * wildcard.
   */
  static String containsPattern(String term) {
    return "%" + term + "%";
  }
}
