package co.gov.icetex.participa.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

  @Test
  void formatsAsObsYearAndSixDigits() {
    assertEquals("OBS-2026-000123", new TrackingCode(2026, 123).toString());
    assertEquals("OBS-2026-1234567", new TrackingCode(2026, 1_234_567).toString());
  }

  @Test
  void parsesWhatPeopleType() {
    assertEquals(
        Optional.of(new TrackingCode(2026, 123)), TrackingCode.parse("  obs-2026-000123 "));
  }

  @Test
  void rejectsMalformedCodes() {
    for (String bad :
        new String[] {null, "", "OBS-26-000123", "OBS-2026-123", "OBS-2026-00012a", "X"}) {
      assertTrue(TrackingCode.parse(bad).isEmpty(), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> new TrackingCode(2026, 0));
  }
}
