package co.gov.icetex.participa.search;

import java.util.List;

/**
 * Marks the searched words in a result's text for the page: the text is HTML-escaped first and only
 * then wrapped in {@code <mark>}, so nothing a consultation's author or a citizen wrote can become
 * markup. Words are found the way the search finds them ({@link SearchText}: accents and case
 * folded, anywhere in a word), on the folded text whose positions match the original's one for one,
 * so "anticorrupcion" marks "Anticorrupción" as written.
 */
public final class Highlighter {

  private Highlighter() {}

  /** {@code text} as safe HTML with every occurrence of the query's words in {@code <mark>}. */
  public static String mark(String text, String query) {
    return mark(text, SearchText.terms(query));
  }

  static String mark(String text, List<String> terms) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = SearchText.foldKeepingPositions(text);
    boolean[] marked = new boolean[text.length()];
    for (String term : terms) {
      for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        for (int i = at; i < at + term.length(); i++) {
          marked[i] = true;
        }
      }
    }
    var html = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      if (marked[i] && (i == 0 || !marked[i - 1])) {
        html.append("<mark>");
      }
      escape(text.charAt(i), html);
      if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) {
        html.append("</mark>");
      }
    }
    return html.toString();
  }

  private static void escape(char c, StringBuilder html) {
    switch (c) {
      case '<' -> html.append("&lt;");
      case '>' -> html.append("&gt;");
      case '&' -> html.append("&amp;");
      case '"' -> html.append("&quot;");
      case '\'' -> html.append("&#39;");
      default -> html.append(c);
    }
  }
}
