package co.gov.icetex.participa.campaign.domain;

/**
 * What is kept of an observation's text for grouping, computed once at intake: the exact key of its
 * normalised text and, for texts of at least {@value #MIN_WORDS} words, its MinHash signature.
 *
 * <p>Why short texts get no signature: "Estoy de acuerdo con la propuesta" and "No estoy de acuerdo
 * con la propuesta" share 4 of 6 three-word shingles; in a text of a dozen words one word is the
 * whole message, and short texts on one topic reuse the same phrases. So below {@value #MIN_WORDS}
 * words (about two sentences, 180 characters) a text joins others only when identical once
 * normalised; three hundred "Estoy de acuerdo." still form one campaign. In a letter of 30 words or
 * more, a changed word is an edit of the same letter.
 *
 * @param exactKey SHA-256 hex of the normalised text; null when nothing is left once normalised
 *     (only a greeting, an e-mail address, punctuation): such a text never groups
 * @param signature null for a text under {@value #MIN_WORDS} words, which groups only on its exact
 *     key
 */
public record TextFingerprint(String exactKey, MinHashSignature signature) {

  /** Words (after normalisation) from which a text may group with near duplicates. */
  public static final int MIN_WORDS = 30;

  public TextFingerprint {
    if (exactKey == null && signature != null) {
      throw new IllegalArgumentException("a signature without an exact key");
    }
  }

  public static TextFingerprint of(String text) {
    NormalisedText normalised = NormalisedText.of(text);
    if (normalised.isEmpty()) {
      return new TextFingerprint(null, null);
    }
    MinHashSignature signature =
        normalised.wordCount() >= MIN_WORDS ? MinHashSignature.of(Shingles.of(normalised)) : null;
    return new TextFingerprint(normalised.exactKey(), signature);
  }

  /**
   * Restores a stored fingerprint; {@code signature} as {@link MinHashSignature#toBytes()} gave it,
   * or null.
   */
  public static TextFingerprint restore(String exactKey, byte[] signature) {
    return new TextFingerprint(
        exactKey, signature == null ? null : MinHashSignature.fromBytes(signature));
  }

  /** Nothing to compare: never grouped. */
  public boolean isBlank() {
    return exactKey == null;
  }

  /** Long enough to group with near duplicates, not only with identical texts. */
  public boolean hasSignature() {
    return signature != null;
  }

  public boolean sameTextAs(TextFingerprint other) {
    return exactKey != null && exactKey.equals(other.exactKey);
  }

  /** Estimated Jaccard similarity of the two texts' shingles; 0 unless both have a signature. */
  public double resemblance(TextFingerprint other) {
    return signature == null || other.signature == null ? 0 : signature.similarity(other.signature);
  }

  /** The LSH band keys to look up; none for a text without a signature. */
  public long[] bandKeys() {
    return signature == null ? new long[0] : LshBands.keys(signature);
  }
}
