package co.gov.icetex.participa.opendata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedAnswerTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  @Test
  void onTimeIsJudgedByTheBogotaDateOfPublication() {
    // 23:30 in Bogotá on the due date is 04:30 UTC the next day: still on time.
    assertTrue(PublishedAnswer.onTime(Instant.parse("2026-03-11T04:30:00Z"), DUE));
    // 00:30 in Bogotá the next day is late, although it is only 05:30 UTC.
    assertFalse(PublishedAnswer.onTime(Instant.parse("2026-03-11T05:30:00Z"), DUE));
    assertTrue(PublishedAnswer.onTime(Instant.parse("2026-03-01T15:00:00Z"), DUE));
  }
}
