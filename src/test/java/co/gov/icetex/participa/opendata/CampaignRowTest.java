package co.gov.icetex.participa.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A campaign's one open-data row: its size and the other members' codes, never itself. */
class CampaignRowTest {

  private static PublishedAnswer answer(String code) {
    return new PublishedAnswer(
        code,
        "c",
        "C",
        2026,
        "PAAC",
        null,
        null,
        Instant.EPOCH,
        "CITIZEN",
        "11",
        "WEB",
        null,
        "texto",
        "ACCEPTED",
        "respuesta",
        "Oficina",
        Instant.EPOCH,
        LocalDate.EPOCH,
        true,
        1,
        List.of());
  }

  @Test
  void aRepresentativeCarriesTheCampaignSizeAndTheOtherMembers() {
    var row = answer("B").representing(List.of("A", "B", "C"));
    assertEquals(3, row.observationCount());
    assertEquals(List.of("A", "C"), row.campaignMembers());
    assertEquals("B", row.trackingCode());
  }

  @Test
  void anOpenObservationPassesTheCampaignOnToItsAnswer() {
    var o =
        new OpenObservation(
                "A",
                "c",
                "C",
                2026,
                "PAAC",
                null,
                null,
                Instant.EPOCH,
                "CITIZEN",
                "11",
                "WEB",
                null,
                "texto",
                answer("A"),
                1,
                List.of())
            .representing(List.of("A", "B"));
    assertEquals(2, o.observationCount());
    assertEquals(List.of("B"), o.campaignMembers());
    assertEquals("B", o.campaignMemberList());
    assertEquals(List.of("B"), o.answer().campaignMembers());
    assertEquals(true, o.isCampaign());
  }
}
