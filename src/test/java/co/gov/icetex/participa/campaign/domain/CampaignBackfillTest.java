package co.gov.icetex.participa.campaign.domain;

import static co.gov.icetex.participa.campaign.domain.FormLetters.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.campaign.domain.CampaignDecision.Join;
import co.gov.icetex.participa.campaign.domain.CampaignDecision.Start;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CampaignBackfillTest {

  @Test
  void groupsAConsultationAsItsObservationsArrived() {
    var backfill = new CampaignBackfill();
    backfill.add(1, TextFingerprint.of(LETTER));
    backfill.add(2, TextFingerprint.of(FormLetters.SAME_TOPIC_KEEP_RATES));
    backfill.add(3, TextFingerprint.of("Estoy de acuerdo."));
    assertEquals(
        new Start(List.of(1L)), backfill.add(4, TextFingerprint.of(FormLetters.TWO_TYPOS)));
    backfill.add(5, TextFingerprint.of(FormLetters.QUOTES_ONE_SENTENCE));
    assertEquals(
        new Join(1, List.of(), List.of()),
        backfill.add(6, TextFingerprint.of(FormLetters.ALL_AT_ONCE)));
    backfill.add(7, TextFingerprint.of("Cordial saludo. ¡Estoy de acuerdo! Atentamente, Marta"));
    backfill.add(8, TextFingerprint.of(FormLetters.SAME_TOPIC_REGIONS));
    backfill.add(9, TextFingerprint.of(FormLetters.OTHER_GREETING_AND_SIGNATURE));

    assertEquals(Map.of(1L, List.of(1L, 4L, 6L, 9L), 3L, List.of(3L, 7L)), backfill.campaigns());
    assertTrue(backfill.campaignOf(2).isEmpty());
    assertEquals(1L, backfill.campaignOf(9).getAsLong());
  }

  /**
   * Three campaigns of 60 copies among 600 other observations: the index finds what comparing every
   * pair finds, and every copy ends in its letter's campaign, nothing else in any.
   */
  @Test
  void findsWhatComparingEveryPairFinds() {
    var random = new Random(5);
    String[] letters = {SyntheticTexts.text(random, 120), SyntheticTexts.text(random, 200), LETTER};
    var arrivals = new ArrayList<TextFingerprint>();
    var letterOf = new HashMap<Long, Integer>();
    for (int i = 0; i < 780; i++) {
      int letter = random.nextInt(13);
      if (letter < letters.length) {
        letterOf.put((long) i, letter);
        arrivals.add(TextFingerprint.of(SyntheticTexts.copy(random, letters[letter])));
      } else {
        arrivals.add(TextFingerprint.of(SyntheticTexts.text(random, 50 + random.nextInt(300))));
      }
    }
    var backfill = new CampaignBackfill();
    var everyPair = new ArrayList<GroupedObservation>();
    for (int i = 0; i < arrivals.size(); i++) {
      CampaignDecision indexed = backfill.add(i, arrivals.get(i));
      assertEquals(
          CampaignGrouper.decide(i, arrivals.get(i), everyPair), indexed, "observation " + i);
      everyPair.add(GroupedObservation.alone(i, arrivals.get(i)));
      for (int j = 0; j <= i; j++) {
        OptionalLong campaign = backfill.campaignOf(j);
        if (campaign.isPresent()) {
          everyPair.set(j, everyPair.get(j).joining(campaign.getAsLong()));
        }
      }
    }
    Map<Long, List<Long>> campaigns = backfill.campaigns();
    assertEquals(3, campaigns.size(), campaigns.keySet().toString());
    for (List<Long> members : campaigns.values()) {
      int letter = letterOf.get(members.get(0));
      assertEquals(
          letterOf.entrySet().stream().filter(e -> e.getValue() == letter).count(), members.size());
      members.forEach(m -> assertEquals(letter, letterOf.get(m)));
    }
  }
}
