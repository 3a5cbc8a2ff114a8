package co.gov.icetex.participa.campaign.domain;

import static co.gov.icetex.participa.campaign.domain.FormLetters.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.campaign.domain.CampaignDecision.Alone;
import co.gov.icetex.participa.campaign.domain.CampaignDecision.Join;
import co.gov.icetex.participa.campaign.domain.CampaignDecision.Start;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignGrouperTest {

  private static final long CAMPAIGN = 70;

  private static TextFingerprint print(String text) {
    return TextFingerprint.of(text);
  }

  private static GroupedObservation inCampaign(long id, String text) {
    return new GroupedObservation(id, print(text), CAMPAIGN);
  }

  private static GroupedObservation alone(long id, String text) {
    return GroupedObservation.alone(id, print(text));
  }

  private static double exactJaccard(String a, String b) {
    return Shingles.of(NormalisedText.of(a)).jaccard(Shingles.of(NormalisedText.of(b)));
  }

  private static List<GroupedObservation> consultation() {
    return List.of(
        inCampaign(1, LETTER),
        alone(2, FormLetters.SAME_TOPIC_KEEP_RATES),
        alone(3, FormLetters.SAME_TOPIC_REGIONS),
        alone(4, "Estoy de acuerdo."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OTHER_GREETING_AND_SIGNATURE",
        "WITH_CONTACT_DATA",
        "SIGNED_WITHOUT_FORMULA",
        "SENTENCE_ADDED",
        "TWO_TYPOS",
        "SENTENCES_SWAPPED",
        "PERSONAL_OPENING",
        "ALL_AT_ONCE"
      })
  void aCopyOfTheLetterJoinsItsCampaign(String variant) throws Exception {
    String text = (String) FormLetters.class.getDeclaredField(variant).get(null);
    assertTrue(
        exactJaccard(LETTER, text) >= 0.75, "every variant keeps three quarters of the shingles");
    assertEquals(
        new Join(CAMPAIGN, List.of(), List.of()),
        CampaignGrouper.decide(9, print(text), consultation()));
  }

  @Test
  void anotherGreetingAndSignatureOrOtherContactDataLeaveTheSameText() {
    assertTrue(print(LETTER).sameTextAs(print(FormLetters.OTHER_GREETING_AND_SIGNATURE)));
    assertTrue(
        print(FormLetters.WITH_CONTACT_DATA)
            .sameTextAs(print(FormLetters.WITH_OTHER_CONTACT_DATA)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SAME_TOPIC_KEEP_RATES", "SAME_TOPIC_REGIONS", "QUOTES_ONE_SENTENCE"})
  void anObservationOnTheSameTopicWithItsOwnArgumentStaysApart(String other) throws Exception {
    String text = (String) FormLetters.class.getDeclaredField(other).get(null);
    assertTrue(exactJaccard(LETTER, text) <= 0.10);
    assertEquals(
        new Alone(), CampaignGrouper.decide(9, print(text), List.of(inCampaign(1, LETTER))));
  }

  @Test
  void theLetterFollowedByAnArgumentAsLongAsItselfIsBelowTheThreshold() {
    double jaccard = exactJaccard(LETTER, FormLetters.LETTER_WITH_LONG_OWN_PART);
    assertTrue(jaccard > 0.5 && jaccard < CampaignGrouper.THRESHOLD, String.valueOf(jaccard));
  }

  @Test
  void theSecondCopyFormsACampaignWithTheFirst() {
    var existing = List.of(alone(5, LETTER), alone(2, FormLetters.SAME_TOPIC_REGIONS));
    assertEquals(
        new Start(List.of(5L)), CampaignGrouper.decide(9, print(FormLetters.TWO_TYPOS), existing));
  }

  @Test
  void shortTextsGroupOnlyWhenIdentical() {
    var existing =
        List.of(
            alone(4, "Estoy de acuerdo con la propuesta."),
            alone(5, "Apoyo la meta 3 del plan."),
            alone(6, "Estoy de acuerdo, escríbanme a ana@example.co"));
    assertEquals(
        new Start(List.of(4L)),
        CampaignGrouper.decide(9, print("¡ESTOY DE ACUERDO CON LA PROPUESTA!"), existing));
    assertEquals(
        new Alone(),
        CampaignGrouper.decide(9, print("No estoy de acuerdo con la propuesta."), existing));
    assertEquals(
        new Alone(), CampaignGrouper.decide(9, print("Apoyo la meta 5 del plan."), existing));
    assertEquals(
        new Start(List.of(6L)),
        CampaignGrouper.decide(
            9, print("Estoy de acuerdo; escríbanme a luis.gomez@correo.co"), existing));
  }

  /**
   * The limit of any resemblance measure: one "no" in a letter of 147 words keeps nearly all its
   * shingles. The campaign is a help to staff, who can take an observation out of it; below 30
   * words, where one word is the message, texts group only when identical (previous test).
   */
  @Test
  void aLongLetterWithOneWordNegatedStillJoins() {
    String negated = LETTER.replace("solicito que en el plan", "no solicito que en el plan");
    assertEquals(
        new Join(CAMPAIGN, List.of(), List.of()),
        CampaignGrouper.decide(9, print(negated), consultation()));
  }

  @Test
  void joinsTheClosestCampaignBringsAlongTheObservationsAloneAndNamesTheOthers() {
    String regionsCampaign = FormLetters.SAME_TOPIC_REGIONS + " " + FormLetters.SAME_TOPIC_REGIONS;
    var existing =
        List.of(
            new GroupedObservation(1, print(FormLetters.ALL_AT_ONCE), 30L),
            new GroupedObservation(2, print(FormLetters.TWO_TYPOS), 20L),
            alone(3, FormLetters.SENTENCE_ADDED),
            new GroupedObservation(4, print(regionsCampaign), 10L));
    assertEquals(
        new Join(20, List.of(3L), List.of(30L)),
        CampaignGrouper.decide(9, print(LETTER), existing));
  }

  @Test
  void anIdenticalTextWinsOverAResemblingOne() {
    var existing =
        List.of(
            new GroupedObservation(1, print(FormLetters.TWO_TYPOS), 10L),
            new GroupedObservation(2, print(FormLetters.OTHER_GREETING_AND_SIGNATURE), 20L));
    assertEquals(
        new Join(20, List.of(), List.of(10L)), CampaignGrouper.decide(9, print(LETTER), existing));
  }

  @Test
  void aBlankTextJoinsNothingAndTheNewcomerIsNotItsOwnMatch() {
    var existing = List.of(alone(1, "Buenos días."), alone(9, LETTER));
    assertEquals(new Alone(), CampaignGrouper.decide(2, print("Hola."), existing));
    assertEquals(new Alone(), CampaignGrouper.decide(9, print(LETTER), existing));
    assertFalse(CampaignGrouper.match(print("Hola."), print("Hola.")));
  }
}
