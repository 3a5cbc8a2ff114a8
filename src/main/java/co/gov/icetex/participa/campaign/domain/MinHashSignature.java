package co.gov.icetex.participa.campaign.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@value #LENGTH} MinHash values of a set of shingles: for each of {@value #LENGTH} fixed hash
 * functions, the smallest hash any shingle takes. Two sets agree at one position with probability
 * equal to their Jaccard similarity, so the share of equal positions estimates it without the
 * texts, from 512 bytes per observation.
 *
 * <p>Why {@value #LENGTH}: the estimate's standard error is √(J(1−J)/{@value #LENGTH}), 0.043 at J
 * = 0.6; the gap between copies of one letter (measured ≥ 0.77) and other texts on the same topic
 * (≤ 0.10) is many times wider. 128 = 32 bands × 4 rows for {@link LshBands}.
 *
 * <p>The hash functions are h(x) = the top 31 bits of (a·x + b) mod 2⁶⁴ over the 32-bit shingle
 * hash x (multiply-shift, universal), with odd a and b drawn from SplitMix64 at a fixed seed:
 * deterministic, so a signature stored today is comparable with one computed after a restart or an
 * upgrade. The stored form starts with a format byte; a change of seed, size or shingling must
 * change {@link #FORMAT} and recompute the stored signatures (a backfill).
 */
public final class MinHashSignature {

  public static final int LENGTH = 128;

  /** First byte of the stored form. */
  public static final byte FORMAT = 1;

  /** Bytes of the stored form: the format byte and {@value #LENGTH} big-endian 32-bit values. */
  public static final int BYTES = 1 + 4 * LENGTH;

  private static final long SEED = 0x1CE7E7CA4FA16E5L;
  private static final long[] A = new long[LENGTH];
  private static final long[] B = new long[LENGTH];

  static {
    for (int i = 0; i < LENGTH; i++) {
      A[i] = Hashing.splitMix(SEED, 2 * i) | 1;
      B[i] = Hashing.splitMix(SEED, 2 * i + 1);
    }
  }

  private final int[] values;

  private MinHashSignature(int[] values) {
    this.values = values;
  }

  /**
   * The signature of a non-empty set: an empty one would look identical to every other empty one.
   */
  public static MinHashSignature of(Shingles shingles) {
    if (shingles.isEmpty()) {
      throw new IllegalArgumentException("an empty text has no signature");
    }
    int[] min = new int[LENGTH];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (int s = 0; s < shingles.size(); s++) {
      long x = shingles.hash(s) & 0xFFFFFFFFL;
      for (int i = 0; i < LENGTH; i++) {
        int h = (int) ((A[i] * x + B[i]) >>> 33);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return new MinHashSignature(min);
  }

  /**
   * Estimated Jaccard similarity of the two shingle sets: the share of positions where both agree.
   */
  public double similarity(MinHashSignature other) {
    int equal = 0;
    for (int i = 0; i < LENGTH; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / LENGTH;
  }

  /**
   * The stored form, {@value #BYTES} bytes (a VARBINARY column; Base64 it where text is needed).
   */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(BYTES).put(FORMAT);
    for (int v : values) {
      buffer.putInt(v);
    }
    return buffer.array();
  }

  public static MinHashSignature fromBytes(byte[] stored) {
    if (stored == null || stored.length != BYTES || stored[0] != FORMAT) {
      throw new IllegalArgumentException("not a stored signature of format " + FORMAT);
    }
    ByteBuffer buffer = ByteBuffer.wrap(stored, 1, BYTES - 1);
    int[] values = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      values[i] = buffer.getInt();
      if (values[i] < 0) {
        throw new IllegalArgumentException("not a stored signature: values are 31-bit");
      }
    }
    return new MinHashSignature(values);
  }

  int value(int index) {
    return values[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
