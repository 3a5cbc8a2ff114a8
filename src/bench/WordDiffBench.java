import co.gov.icetex.participa.finalversion.diff.WordDiff;

/**
 * Prints how long the final version's word diff takes on part bodies of growing size: a small edit
 * (common ends trimmed, LCS on the middle), a full rewrite under the guard, and a full rewrite
 * above it (whole replacement). Run after `mvn -o compile`:
 *
 * <p>java -cp target/classes src/bench/WordDiffBench.java
 *
 * <p>It reports, it does not assert. Warm-up: 200 rounds of every case first.
 */
public class WordDiffBench {

  public static void main(String[] args) {
    String[][] cases = {
      {
        "small edit, 20,000-char body",
        body(3_300, "a") + " uno " + body(3_300, "a"),
        body(3_300, "a") + " dos " + body(3_300, "a")
      },
      {"rewrite, 2 x 160 words (LCS, near the limit)", body(160, "a"), body(160, "b")},
      {"rewrite, 2 x 3,300 words (guard: whole replace)", body(3_300, "a"), body(3_300, "b")},
    };
    for (int i = 0; i < 200; i++) {
      for (String[] c : cases) {
        WordDiff.diff(c[1], c[2]);
      }
    }
    for (String[] c : cases) {
      int rounds = 200;
      long start = System.nanoTime();
      int segments = 0;
      for (int i = 0; i < rounds; i++) {
        segments = WordDiff.diff(c[1], c[2]).size();
      }
      double ms = (System.nanoTime() - start) / 1e6 / rounds;
      System.out.printf(
          "%-50s %8.3f ms per diff, %d segments, whole texts over the LCS limit=%s%n",
          c[0], ms, segments, WordDiff.tooLargeForLcs(c[1], c[2]));
    }
  }

  private static String body(int words, String seed) {
    var sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(seed).append(i % 97).append(i % 2 == 0 ? " " : ", ");
    }
    return sb.toString().strip();
  }
}
