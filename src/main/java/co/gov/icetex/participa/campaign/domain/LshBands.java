package co.gov.icetex.participa.campaign.domain;

/**
 * Locality-sensitive hashing of signatures: the {@value MinHashSignature#LENGTH} values are cut
 * into {@value #BANDS} bands of {@value #ROWS}, and each band hashed to one 64-bit key. Two texts
 * are candidates when they share at least one key, which happens with probability 1 − (1 − J⁴)³², J
 * being their Jaccard similarity:
 *
 * <pre>
 *   J     0.1     0.2    0.3   0.4   0.5   0.6    0.7     0.8
 *   P   0.003   0.050   0.23  0.57  0.87  0.988  0.9998  1.0000
 * </pre>
 *
 * <p>Why 32 × 4: the curve's steep part (about (1/32)^(1/4) = 0.42) sits below the grouping
 * threshold ({@link CampaignGrouper#THRESHOLD}), so a pair above it is missed about once in a
 * hundred at J = 0.6 and almost never from 0.7, while a text on the same topic (J ≤ 0.1) becomes a
 * candidate 3 times in a thousand; each candidate then costs one 128-value comparison. 16 × 8 would
 * put the steep part at 0.71 and miss 4 in 10 pairs at 0.7. A newcomer matched by one copy of a
 * campaign of hundreds is found by any of them, so what the curve misses is mostly a campaign's
 * second copy.
 *
 * <p>The band number is mixed into its key, so all keys of a consultation can live in one indexed
 * column (or one map) without band 3 of one text meeting band 7 of another.
 */
public final class LshBands {

  public static final int BANDS = 32;
  public static final int ROWS = 4;

  private LshBands() {}

  /** The {@value #BANDS} band keys of a signature, band 0 first. */
  public static long[] keys(MinHashSignature signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = Hashing.combine(h, signature.value(band * ROWS + row));
      }
      keys[band] = h;
    }
    return keys;
  }
}
