package co.gov.icetex.participa.finalversion.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two texts word by word. The common beginning and end are matched first (linear), and
 * only the middle goes through the LCS table; when that middle would need more than {@link
 * #MAX_CELLS} cells the whole middle is reported as replaced, which is still correct, only coarser.
 */
public final class WordDiff {

  /**
   * The LCS table's size limit: 250,000 int cells (1 MB). src/bench/WordDiffBench measured 13-19 ms
   * per diff near this limit on the shared 2-core machine under a load average of 12 (a
   * 1,000,000-cell table took 24 ms there). Two middles of 500 tokens (about 170 words each) fit; a
   * longer part rewritten from end to end is shown as replaced whole, in about 2 ms.
   */
  public static final int MAX_CELLS = 250_000;

  private WordDiff() {}

  /** The segments that turn {@code before} into {@code after}; null counts as empty. */
  public static List<DiffSegment> diff(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    var out = new Segments();
    out.add(DiffSegment.Kind.EQUAL, a.subList(0, start));
    List<String> midA = a.subList(start, endA);
    List<String> midB = b.subList(start, endB);
    if ((long) (midA.size() + 1) * (midB.size() + 1) > MAX_CELLS) {
      out.add(DiffSegment.Kind.DELETED, midA);
      out.add(DiffSegment.Kind.INSERTED, midB);
    } else {
      lcs(midA, midB, out);
    }
    out.add(DiffSegment.Kind.EQUAL, a.subList(endA, a.size()));
    return out.finish();
  }

  /** Whether the guard would replace the middle whole (for the benchmark and tests). */
  public static boolean tooLargeForLcs(String before, String after) {
    return (long) (tokens(before).size() + 1) * (tokens(after).size() + 1) > MAX_CELLS;
  }

  private static void lcs(List<String> a, List<String> b, Segments out) {
    int n = a.size();
    int m = b.size();
    // lengths[i][j]: the best weight of a common subsequence of a[i..] and b[j..], so the walk
    // below
    // goes forwards. Words weigh more than spaces: otherwise the alignment that keeps the most
    // spaces
    // wins and a sentence reads as a confetti of one-word changes.
    int[][] lengths = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lengths[i][j] =
            a.get(i).equals(b.get(j))
                ? lengths[i + 1][j + 1] + weight(a.get(i))
                : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j)) && lengths[i][j] == lengths[i + 1][j + 1] + weight(a.get(i))) {
        out.add(DiffSegment.Kind.EQUAL, a.get(i));
        i++;
        j++;
      } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
        out.add(DiffSegment.Kind.DELETED, a.get(i++));
      } else {
        out.add(DiffSegment.Kind.INSERTED, b.get(j++));
      }
    }
    out.add(DiffSegment.Kind.DELETED, a.subList(i, n));
    out.add(DiffSegment.Kind.INSERTED, b.subList(j, m));
  }

  private static int weight(String token) {
    return Character.isWhitespace(token.codePointAt(0)) ? 1 : 3;
  }

  /** Words (letters and digits), runs of white space, and each other character on its own. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        while (end < text.length()
            && (isWordPart(text.codePointAt(end)) || isNumberSeparator(text, end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      } else if (Character.isWhitespace(cp)) {
        while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  /**
   * "98.450.000.000" and "2,5" are one token: an amount changes as a whole, not digit group by
   * group.
   */
  private static boolean isNumberSeparator(String text, int i) {
    char c = text.charAt(i);
    return (c == '.' || c == ',')
        && i > 0
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }

  private static boolean isWordPart(int cp) {
    // Accents written as combining marks belong to their word.
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** Appends tokens, merging each into the current segment while the kind stays the same. */
  private static final class Segments {
    private final List<DiffSegment> list = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private DiffSegment.Kind kind;

    void add(DiffSegment.Kind k, List<String> tokens) {
      tokens.forEach(t -> add(k, t));
    }

    void add(DiffSegment.Kind k, String token) {
      if (k != kind) {
        flush();
        kind = k;
      }
      text.append(token);
    }

    private void flush() {
      if (kind != null && text.length() > 0) {
        list.add(new DiffSegment(kind, text.toString()));
      }
      text.setLength(0);
    }

    List<DiffSegment> finish() {
      flush();
      return List.copyOf(list);
    }
  }
}
