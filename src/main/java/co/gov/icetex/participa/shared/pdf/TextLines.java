package co.gov.icetex.participa.shared.pdf;

import java.util.ArrayList;
import java.util.List;

/** Lines of text as laid out: greedy breaking between words, bold and plain pieces kept apart. */
final class TextLines {

  private TextLines() {}

  /** A piece of a line drawn in one weight. */
  record Segment(String text, boolean bold) {}

  /** One line of a paragraph or cell. */
  record Line(List<Segment> segments) {}

  /** Greedy line breaking of runs into lines no wider than {@code width}; "\n" breaks a line. */
  static List<Line> wrap(List<TaggedPdf.Run> runs, float size, float width) {
    var breaker = new Breaker(size, width);
    for (TaggedPdf.Run run : runs) {
      breaker.add(FontMetrics.clean(run.text() == null ? "" : run.text()), run.bold());
    }
    return breaker.finish();
  }

  private static final class Breaker {
    final float size;
    final float width;
    final List<Line> lines = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentBold;
    float lineWidth;
    boolean pendingSpace;

    Breaker(float size, float width) {
      this.size = size;
      this.width = width;
    }

    void add(String text, boolean bold) {
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' ';
        if (c == ' ' || c == '\n') {
          if (start >= 0) {
            word(text.substring(start, i), bold);
            start = -1;
          }
          if (i < text.length()) {
            if (c == '\n') {
              breakLine();
            } else {
              pendingSpace = true;
            }
          }
        } else if (start < 0) {
          start = i;
        }
      }
    }

    void word(String word, boolean bold) {
      float w = FontMetrics.width(word, size);
      float space = pendingSpace && lineWidth > 0 ? FontMetrics.width(" ", size) : 0;
      if (lineWidth > 0 && lineWidth + space + w > width) {
        breakLine();
        space = 0;
      }
      pendingSpace = false;
      if (w > width) { // longer than a whole line: split it
        int from = 0;
        for (int i = 1; i <= word.length(); i++) {
          if (FontMetrics.width(word.substring(from, i), size) > width && i - 1 > from) {
            append(word.substring(from, i - 1), bold, 0);
            breakLine();
            from = i - 1;
          }
        }
        append(word.substring(from), bold, 0);
        lineWidth = FontMetrics.width(word.substring(from), size);
        return;
      }
      append(space > 0 ? " " + word : word, bold, space + w);
    }

    void append(String s, boolean bold, float w) {
      if (current.length() > 0 && bold != currentBold) {
        segments.add(new Segment(current.toString(), currentBold));
        current.setLength(0);
      }
      currentBold = bold;
      current.append(s);
      lineWidth += w;
    }

    void breakLine() {
      if (current.length() > 0) {
        segments.add(new Segment(current.toString(), currentBold));
        current.setLength(0);
      }
      lines.add(new Line(segments.isEmpty() ? List.of(new Segment("", false)) : segments));
      segments = new ArrayList<>();
      lineWidth = 0;
      pendingSpace = false;
    }

    List<Line> finish() {
      if (current.length() > 0 || !segments.isEmpty() || lines.isEmpty()) {
        breakLine();
      }
      return lines;
    }
  }
}
