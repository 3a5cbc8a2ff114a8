package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshBandsTest {

  private static MinHashSignature signature(String text) {
    return MinHashSignature.of(Shingles.of(NormalisedText.of(text)));
  }

  @Test
  void thirtyTwoKeysTheSameForTheSameSignature() {
    long[] keys = LshBands.keys(signature(FormLetters.LETTER));
    assertEquals(32, keys.length);
    assertArrayEquals(keys, LshBands.keys(signature(FormLetters.OTHER_GREETING_AND_SIGNATURE)));
  }

  @Test
  void equalRowsInDifferentBandsGiveDifferentKeys() {
    ByteBuffer stored = ByteBuffer.allocate(MinHashSignature.BYTES).put(MinHashSignature.FORMAT);
    for (int i = 0; i < MinHashSignature.LENGTH; i++) {
      stored.putInt(5);
    }
    long[] keys = LshBands.keys(MinHashSignature.fromBytes(stored.array()));
    assertEquals(32, Arrays.stream(keys).distinct().count());
  }

  /**
   * The S-curve 1 − (1 − J⁴)³², checked on edited copies of generated texts at three levels of
   * similarity.
   */
  @Test
  void closeTextsShareABandAndDistantOnesRarely() {
    var random = new Random(11);
    assertTrue(shareABand(random, 0.65, 0.8, 0.03, 0.08) >= 197, "expected about 199.9 of 200");
    int middle = shareABand(random, 0.2, 0.35, 0.18, 0.32);
    assertTrue(middle >= 4 && middle <= 80, "expected about 10 to 60 of 200: " + middle);
    assertTrue(shareABand(random, 0, 0.1, 0.45, 0.6) <= 3, "expected under 1 of 200");
  }

  /**
   * Of 200 pairs whose Jaccard lies between {@code low} and {@code high}, those sharing a band key.
   */
  private static int shareABand(
      Random random, double low, double high, double minEdit, double maxEdit) {
    int pairs = 0;
    int sharing = 0;
    while (pairs < 200) {
      String base = SyntheticTexts.text(random, 80 + random.nextInt(200));
      String other = edit(random, base, minEdit + random.nextDouble() * (maxEdit - minEdit));
      double exact =
          Shingles.of(NormalisedText.of(base)).jaccard(Shingles.of(NormalisedText.of(other)));
      if (exact >= low && exact <= high) {
        pairs++;
        sharing += shareABand(signature(base), signature(other)) ? 1 : 0;
      }
    }
    return sharing;
  }

  private static String edit(Random random, String text, double share) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < share) {
        words[i] = "palabra" + random.nextInt(1_000_000);
      }
    }
    return String.join(" ", words);
  }

  private static boolean shareABand(MinHashSignature a, MinHashSignature b) {
    long[] x = LshBands.keys(a);
    long[] y = LshBands.keys(b);
    for (int band = 0; band < LshBands.BANDS; band++) {
      if (x[band] == y[band]) {
        return true;
      }
    }
    return false;
  }
}
