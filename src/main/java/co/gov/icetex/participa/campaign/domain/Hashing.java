package co.gov.icetex.participa.campaign.domain;

/**
 * The hash functions behind shingles, signatures and band keys, written out here rather than taken
 * from {@code String.hashCode} or {@code SplittableRandom}: signatures are stored in the database,
 * so every bit of them must stay the same across Java versions and restarts.
 */
final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Hashing() {}

  /** FNV-1a over the UTF-16 units, then mixed: a well spread 64-bit hash of a word. */
  static long word(String word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * Ordered combination: {@code combine(combine(a, b), c)} differs from {@code combine(combine(b,
   * a), c)}.
   */
  static long combine(long seed, long value) {
    return mix(seed * GOLDEN + value);
  }

  /** The finaliser of MurmurHash3 (fmix64): every input bit flips about half of the output bits. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The {@code index}-th number of the SplitMix64 sequence started at {@code seed}: fixed random
   * constants.
   */
  static long splitMix(long seed, int index) {
    long z = seed + (index + 1) * GOLDEN;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
