package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  private static CampaignMember member(long id) {
    return member(id, 7);
  }

  private static CampaignMember member(long id, long consultation) {
    return new CampaignMember(id, consultation, "OBS-2026-" + id, "Texto " + id);
  }

  @Test
  void startsWithTwoAtLeastAndTheEarliestRepresentsIt() {
    var a = member(12);
    var b = member(5);
    assertThrows(IllegalArgumentException.class, () -> Campaign.start(List.of(a), NOW));
    Campaign c = Campaign.start(List.of(a, b), NOW);
    assertEquals(2, c.getMemberCount());
    assertEquals(5L, c.getRepresentativeId());
    assertSame(c, a.getCampaign());
    assertSame(c, b.getCampaign());
  }

  @Test
  void joinCountsAndRefusesOtherConsultationsAndMembersOfCampaigns() {
    Campaign c = Campaign.start(List.of(member(1), member(2)), NOW);
    c.join(member(3));
    assertEquals(3, c.getMemberCount());
    assertThrows(IllegalArgumentException.class, () -> c.join(member(4, 8)));
    var inOther = member(5);
    Campaign.start(List.of(inOther, member(6)), NOW);
    assertThrows(IllegalStateException.class, () -> c.join(inOther));
    assertEquals(3, c.getMemberCount());
  }

  @Test
  void aSplitOffMemberStandsAloneForGoodAndTheNextEarliestRepresents() {
    var first = member(1);
    var second = member(2);
    var third = member(3);
    Campaign c = Campaign.start(List.of(first, second, third), NOW);
    assertTrue(c.splitOff(first, List.of(second, third), NOW));
    assertEquals(2, c.getMemberCount());
    assertEquals(2L, c.getRepresentativeId());
    assertNull(first.getCampaign());
    assertTrue(first.isSplitOff());
    assertThrows(IllegalStateException.class, () -> c.join(first));
  }

  @Test
  void splittingOffTheLastButOneEndsTheCampaign() {
    var a = member(1);
    var b = member(2);
    Campaign c = Campaign.start(List.of(a, b), NOW);
    assertFalse(c.splitOff(b, List.of(a), NOW));
    assertTrue(c.isEnded());
    assertNull(a.getCampaign());
    assertFalse(a.isSplitOff()); // it may still join a campaign later
  }

  @Test
  void splitOffChecksMembershipAndTheRemainingMembers() {
    var a = member(1);
    var b = member(2);
    var c3 = member(3);
    Campaign c = Campaign.start(List.of(a, b, c3), NOW);
    assertThrows(
        IllegalArgumentException.class, () -> c.splitOff(member(9), List.of(a, b, c3), NOW));
    assertThrows(IllegalArgumentException.class, () -> c.splitOff(a, List.of(b), NOW));
    assertEquals(3, c.getMemberCount());
  }

  @Test
  void aMemberIsFingerprintedOnce() {
    var m = member(1);
    m.fingerprinted(TextFingerprint.of("Estoy de acuerdo con la propuesta."), NOW);
    assertTrue(m.isGrouped());
    assertThrows(
        IllegalStateException.class, () -> m.fingerprinted(TextFingerprint.of("otro"), NOW));
  }
}
