package co.gov.icetex.participa.finalversion.diff;

import java.io.Serializable;
import java.util.List;

/**
 * A comparison ready to show side by side: {@link #before()} is the old text with its deletions
 * marked, {@link #after()} the new text with its insertions marked.
 */
public record TextDiff(List<DiffSegment> segments) implements Serializable {

  public TextDiff {
    segments = List.copyOf(segments);
  }

  public static TextDiff of(String before, String after) {
    return new TextDiff(WordDiff.diff(before, after));
  }

  public List<DiffSegment> before() {
    return segments.stream().filter(s -> !s.isInserted()).toList();
  }

  public List<DiffSegment> after() {
    return segments.stream().filter(s -> !s.isDeleted()).toList();
  }

  public boolean changed() {
    return segments.stream().anyMatch(s -> !s.isEqual());
  }

  public boolean isEmpty() {
    return segments.isEmpty();
  }
}
