package co.gov.icetex.participa.campaign.domain;

import java.util.Arrays;

/**
 * The set of overlapping runs of {@value #SIZE} consecutive words of a normalised text
 * ("w-shingles"), each kept as a 32-bit hash. Copies of one letter share most of them; texts on the
 * same topic share words but few runs of three.
 *
 * <p>Why three words, measured on the tests' letter ({@code FormLetters}, exact Jaccard): the
 * weakest copy (every kind of edit at once) keeps 0.81 / 0.77 / 0.74 / 0.71 with runs of 2 / 3 / 4
 * / 5 words, and the closest other observation (quoting one sentence of the letter) shares 0.15 /
 * 0.10 / 0.08 / 0.08. Three leaves the widest gap (0.68; 0.67, 0.66 and 0.64 for the others):
 * two-word runs are common phrases ("de los", "el icetex"), and longer ones make every changed word
 * (a typo, a name) cost more shingles without separating unrelated texts any better. A text shorter
 * than three words is one shingle, the whole text.
 *
 * <p>32-bit hashes: two different runs of a 500-shingle pair collide with probability about 500² /
 * 2³², i.e. 6 in 100,000 pairs gain one spurious common shingle out of hundreds, which changes
 * nothing.
 */
public final class Shingles {

  /** Words per shingle. */
  public static final int SIZE = 3;

  private final int[] hashes; // sorted, distinct

  private Shingles(int[] hashes) {
    this.hashes = hashes;
  }

  public static Shingles of(NormalisedText text) {
    int words = text.wordCount();
    if (words == 0) {
      return new Shingles(new int[0]);
    }
    long[] wordHashes = new long[words];
    for (int i = 0; i < words; i++) {
      wordHashes[i] = Hashing.word(text.word(i));
    }
    int width = Math.min(SIZE, words);
    int[] hashes = new int[words - width + 1];
    for (int start = 0; start < hashes.length; start++) {
      long h = width;
      for (int i = start; i < start + width; i++) {
        h = Hashing.combine(h, wordHashes[i]);
      }
      hashes[start] = (int) h;
    }
    Arrays.sort(hashes);
    return new Shingles(distinct(hashes));
  }

  private static int[] distinct(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  public int size() {
    return hashes.length;
  }

  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /** Exact Jaccard similarity: shared shingles over shingles of either; 0 when both are empty. */
  public double jaccard(Shingles other) {
    int[] a = hashes;
    int[] b = other.hashes;
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  int hash(int index) {
    return hashes[index];
  }
}
