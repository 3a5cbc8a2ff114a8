package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

  private static Shingles shingles(String text) {
    return Shingles.of(NormalisedText.of(text));
  }

  private static MinHashSignature signature(String text) {
    return MinHashSignature.of(shingles(text));
  }

  @Test
  void identicalSetsAgreeEverywhere() {
    MinHashSignature letter = signature(FormLetters.LETTER);
    assertEquals(1.0, letter.similarity(signature(FormLetters.OTHER_GREETING_AND_SIGNATURE)));
  }

  @Test
  void theEstimateFollowsTheExactJaccardOverManyPairs() {
    var random = new Random(7);
    double sumOfErrors = 0;
    int pairs = 300;
    for (int p = 0; p < pairs; p++) {
      String base = SyntheticTexts.text(random, 60 + random.nextInt(200));
      String[] words = base.split(" ");
      int changes = random.nextInt(words.length / 2 + 1);
      for (int c = 0; c < changes; c++) {
        words[random.nextInt(words.length)] = "x" + random.nextInt(1_000_000);
      }
      String edited = String.join(" ", words);
      double exact = shingles(base).jaccard(shingles(edited));
      double estimate = signature(base).similarity(signature(edited));
      assertTrue(
          Math.abs(estimate - exact) < 0.16,
          "4 standard errors at worst: " + exact + " vs " + estimate);
      sumOfErrors += estimate - exact;
    }
    assertEquals(0.0, sumOfErrors / pairs, 0.01, "no bias");
  }

  @Test
  void unrelatedTextsAlmostNeverAgree() {
    double similarity =
        signature(FormLetters.LETTER).similarity(signature(FormLetters.SAME_TOPIC_REGIONS));
    assertTrue(similarity < 0.2, String.valueOf(similarity));
  }

  @Test
  void storedAndRestoredItIsTheSame() {
    MinHashSignature original = signature(FormLetters.LETTER);
    byte[] stored = original.toBytes();
    assertEquals(MinHashSignature.BYTES, stored.length);
    assertEquals(513, stored.length);
    assertEquals(original, MinHashSignature.fromBytes(stored));
    assertEquals(1.0, original.similarity(MinHashSignature.fromBytes(stored)));
  }

  @Test
  void refusesWhatIsNotAStoredSignature() {
    byte[] stored = signature(FormLetters.LETTER).toBytes();
    stored[0] = 2;
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromBytes(stored));
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromBytes(new byte[10]));
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromBytes(null));
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.of(shingles("")));
  }

  /**
   * Signatures are stored: if this changes, stored ones no longer compare with new ones. Change
   * {@link MinHashSignature#FORMAT} and re-fingerprint the stored observations, then update the
   * expected bytes.
   */
  @Test
  void theSameTextGivesTheSameSignatureOnEveryRuntime() throws Exception {
    byte[] stored =
        signature("Solicito que se amplíe el plazo de gracia a dieciocho meses.").toBytes();
    assertEquals(
        "01" + "0034542406bc9c050d0a62861564acf8",
        HexFormat.of().formatHex(stored, 0, 17),
        "format byte, then the first 4 values");
    assertEquals(
        "fd772aaaf6cd0b8b6c78b3db43ec280e3c6e59162613077b1139975271c9d482",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)),
        "all 513 bytes");
  }

  @Test
  void dependsOnTheWordsAndTheirOrderOnly() {
    byte[] a = signature("uno dos tres cuatro").toBytes();
    byte[] b = signature("uno dos tres cinco").toBytes();
    assertTrue(!Arrays.equals(a, b));
    assertArrayEquals(a, signature("Uno, dos, tres... ¡cuatro!").toBytes());
  }
}
