package co.gov.icetex.participa.moderation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which members one decision for a whole campaign reaches, and what a campaign cannot decide. */
class CampaignTriagePlanTest {

  private static Map<String, Boolean> members(Object... codeAndTriageable) {
    var m = new LinkedHashMap<String, Boolean>();
    for (int i = 0; i < codeAndTriageable.length; i += 2) {
      m.put((String) codeAndTriageable[i], (Boolean) codeAndTriageable[i + 1]);
    }
    return m;
  }

  private static TriageCommand decide(Triage t, String duplicateOf) {
    return new TriageCommand(t, "motivo", duplicateOf, null);
  }

  @Test
  void triagesTheMembersStillTriageableInOrderAndCountsTheOthers() {
    var plan =
        CampaignTriagePlan.of(
            decide(Triage.SPAM, null), members("A", true, "B", false, "C", true, "D", false));
    assertEquals(List.of("A", "C"), plan.toTriage());
    assertEquals(List.of("B", "D"), plan.skipped());
    assertEquals(4, plan.members());
  }

  @Test
  void refusesWhenNoMemberCanBeTriagedAnyMore() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () -> CampaignTriagePlan.of(decide(Triage.PUBLISHABLE, null), members("A", false)));
    assertEquals(Refusal.Reason.CONFLICT, r.reason());
    assertEquals("campaign.triage.noneTriageable", r.violations().get(0).key());
  }

  @Test
  void aCampaignWithoutMembersIsNotFound() {
    Refusal r =
        assertThrows(
            Refusal.class, () -> CampaignTriagePlan.of(decide(Triage.PUBLISHABLE, null), Map.of()));
    assertEquals(Refusal.Reason.NOT_FOUND, r.reason());
  }

  @Test
  void aPetitionIsDecidedOneObservationAtATime() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () ->
                CampaignTriagePlan.of(
                    new TriageCommand(Triage.PETITION, "motivo", null, PetitionKind.values()[0]),
                    members("A", true, "B", true)));
    assertEquals("decision", r.violations().get(0).field());
  }

  @Test
  void theOriginalOfADuplicateCampaignMustBeOutsideIt() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () ->
                CampaignTriagePlan.of(
                    decide(Triage.DUPLICATE, " B "), members("A", true, "B", true)));
    assertEquals("duplicateOf", r.violations().get(0).field());
    assertEquals(
        List.of("A", "B"),
        CampaignTriagePlan.of(decide(Triage.DUPLICATE, "Z"), members("A", true, "B", true))
            .toTriage());
  }
}
