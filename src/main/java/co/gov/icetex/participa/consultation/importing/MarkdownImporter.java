package co.gov.icetex.participa.consultation.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text parts from Markdown: ATX headings ({@code #}, {@code ##}, {@code ###}) open parts, the text
 * under a heading is its body. Inline emphasis and links are reduced to their text (the portal
 * stores plain text); fenced code is kept as text and its lines are never taken for headings.
 */
public final class MarkdownImporter {

  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)[^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

  private MarkdownImporter() {}

  public static List<ImportedPart> parse(String markdown) {
    var outline = new Outline();
    boolean inFence = false;
    for (String line : markdown.split("\\R", -1)) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
        continue;
      }
      Matcher heading = inFence ? null : HEADING.matcher(line);
      if (heading != null && heading.matches()) {
        outline.heading(
            heading.group(1).length(), inline(heading.group(2) == null ? "" : heading.group(2)));
      } else {
        outline.text(inFence ? line : inline(line));
      }
    }
    return outline.build();
  }

  /** Links as "text (address)", images as their alternative text, emphasis markers dropped. */
  static String inline(String text) {
    String t = IMAGE.matcher(text).replaceAll("$1");
    t = LINK.matcher(t).replaceAll("$1 ($2)");
    t = EMPHASIS.matcher(t).replaceAll("$2");
    return t.replace("`", "");
  }
}
