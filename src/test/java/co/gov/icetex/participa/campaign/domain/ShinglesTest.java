package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static Shingles of(String text) {
    return Shingles.of(NormalisedText.of(text));
  }

  @Test
  void oneShinglePerRunOfThreeWordsCountedOnce() {
    assertEquals(4, of("uno dos tres cuatro cinco seis").size());
    assertEquals(
        3, of("uno dos tres uno dos tres").size(), "uno dos tres, dos tres uno, tres uno dos");
  }

  @Test
  void aTextShorterThanThreeWordsIsOneShingle() {
    assertEquals(1, of("Totalmente").size());
    assertEquals(1, of("Totalmente de").size());
    assertEquals(1.0, of("Totalmente de").jaccard(of("totalmente, DE")));
    assertEquals(0.0, of("Totalmente de").jaccard(of("de totalmente")));
    assertTrue(of("").isEmpty());
  }

  @Test
  void exactJaccardIsSharedOverAll() {
    // {uno dos tres, dos tres cuatro} and {uno dos tres, dos tres cinco}: 1 shared of 3
    assertEquals(1.0 / 3, of("uno dos tres cuatro").jaccard(of("uno dos tres cinco")), 1e-12);
    assertEquals(1.0, of(FormLetters.LETTER).jaccard(of(FormLetters.LETTER)));
    assertEquals(0.0, of("a b c").jaccard(of("c b a")), "order matters");
    assertEquals(0.0, of("").jaccard(of("")));
  }

  @Test
  void copiesOfTheLetterShareMostShinglesAndOtherTextsFew() {
    Shingles letter = of(FormLetters.LETTER);
    assertTrue(letter.jaccard(of(FormLetters.ALL_AT_ONCE)) > 0.75);
    assertTrue(letter.jaccard(of(FormLetters.QUOTES_ONE_SENTENCE)) < 0.12);
  }
}
