package co.gov.icetex.participa.campaign.domain;

import static co.gov.icetex.participa.campaign.domain.FormLetters.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  private static Set<Long> idsOf(List<GroupedObservation> candidates) {
    return candidates.stream().map(GroupedObservation::observationId).collect(Collectors.toSet());
  }

  @Test
  void findsTheCopiesOfALetterAmongThousandsOfOtherTextsAndLittleElse() {
    var index = new CandidateIndex();
    var random = new Random(3);
    for (long id = 1000; id < 3000; id++) {
      String text = SyntheticTexts.text(random, 50 + random.nextInt(300));
      index.add(GroupedObservation.alone(id, TextFingerprint.of(text)));
    }
    index.add(GroupedObservation.alone(1, TextFingerprint.of(LETTER)));
    index.add(GroupedObservation.alone(2, TextFingerprint.of(FormLetters.SENTENCES_SWAPPED)));
    index.add(GroupedObservation.alone(3, TextFingerprint.of(FormLetters.SAME_TOPIC_KEEP_RATES)));

    Set<Long> found = idsOf(index.candidatesFor(TextFingerprint.of(FormLetters.ALL_AT_ONCE)));
    assertTrue(found.containsAll(Set.of(1L, 2L)), found.toString());
    assertTrue(found.size() <= 5, "a few of 2,003, not all: " + found.size());
  }

  @Test
  void everyIdenticalCopyIsACandidate() {
    var index = new CandidateIndex();
    for (long id = 1; id <= 300; id++) {
      index.add(
          GroupedObservation.alone(
              id, TextFingerprint.of(FormLetters.OTHER_GREETING_AND_SIGNATURE)));
    }
    assertEquals(300, index.candidatesFor(TextFingerprint.of(LETTER)).size());
    assertEquals(300, index.candidatesFor(TextFingerprint.of(FormLetters.TWO_TYPOS)).size());
  }

  @Test
  void shortTextsAreFoundOnlyWhenIdenticalAndBlankOnesNever() {
    var index = new CandidateIndex();
    index.add(GroupedObservation.alone(1, TextFingerprint.of("Estoy de acuerdo.")));
    index.add(GroupedObservation.alone(2, TextFingerprint.of("Buenos días.")));
    assertEquals(Set.of(1L), idsOf(index.candidatesFor(TextFingerprint.of("estoy de acuerdo"))));
    assertEquals(Set.of(), idsOf(index.candidatesFor(TextFingerprint.of("estoy muy de acuerdo"))));
    assertEquals(Set.of(), idsOf(index.candidatesFor(TextFingerprint.of("Hola."))));
  }

  @Test
  void recordsTheCampaignAnObservationJoins() {
    var index = new CandidateIndex();
    index.add(GroupedObservation.alone(1, TextFingerprint.of(LETTER)));
    index.assign(1, 40);
    assertEquals(40L, index.candidatesFor(TextFingerprint.of(LETTER)).get(0).campaignId());
    var again = GroupedObservation.alone(1, TextFingerprint.of(LETTER));
    assertThrows(IllegalArgumentException.class, () -> index.add(again));
    assertThrows(IllegalArgumentException.class, () -> index.assign(2, 40));
  }

  @Test
  void aCampaignsIdenticalCopiesAreOneCandidateButCopiesStandingAloneAreAll() {
    var index = new CandidateIndex();
    for (long id = 1; id <= 500; id++) {
      index.add(new GroupedObservation(id, TextFingerprint.of(LETTER), 70L));
    }
    index.add(new GroupedObservation(501, TextFingerprint.of(LETTER), 71L));
    index.add(GroupedObservation.alone(502, TextFingerprint.of(LETTER)));
    index.add(GroupedObservation.alone(503, TextFingerprint.of(LETTER)));

    List<GroupedObservation> found = index.candidatesFor(TextFingerprint.of(LETTER));
    assertEquals(Set.of(1L, 501L, 502L, 503L), idsOf(found));
    assertEquals(4, index.size());
  }
}
