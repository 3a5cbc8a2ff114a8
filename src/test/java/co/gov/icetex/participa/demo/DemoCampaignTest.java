package co.gov.icetex.participa.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.campaign.domain.CampaignBackfill;
import co.gov.icetex.participa.campaign.domain.TextFingerprint;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCampaignTest {

  @Test
  void theDemoCopiesVaryYetFormOneCampaign() {
    var backfill = new CampaignBackfill();
    var texts = new HashSet<String>();
    for (int i = 0; i < DemoCampaign.COPIES; i++) {
      String text = DemoCampaign.copy(i, DemoCampaign.author(i));
      texts.add(text);
      backfill.add(i + 1, TextFingerprint.of(text));
    }
    assertTrue(
        texts.size() > DemoCampaign.COPIES / 3,
        "real-looking variants, not one text repeated: " + texts.size());
    var campaigns = backfill.campaigns();
    assertEquals(1, campaigns.size(), campaigns.toString());
    assertEquals(DemoCampaign.COPIES, List.copyOf(campaigns.values()).get(0).size());
  }

  @Test
  void theOtherDemoObservationsOfTheConsultationStayOutOfIt() {
    var letter = TextFingerprint.of(DemoCampaign.copy(0, DemoCampaign.author(0)));
    for (var seed : DemoOpenObservations.SEEDS) {
      assertTrue(
          !co.gov.icetex.participa.campaign.domain.CampaignGrouper.match(
              letter, TextFingerprint.of(seed.text())),
          seed.text());
    }
  }
}
