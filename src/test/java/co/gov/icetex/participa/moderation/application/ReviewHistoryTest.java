package co.gov.icetex.participa.moderation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReviewHistoryTest {

  @Test
  void anAssignmentsLineNamesTheOfficeItsAuditedStateRecords() {
    assertEquals(
        "Dirección de Crédito",
        ReviewHistory.office(
            "status=ASSIGNED; triage=PUBLISHABLE; office=Dirección de Crédito; due=2026-05-04"));
    assertNull(ReviewHistory.office("status=RECEIVED; due=2026-05-04"));
    assertNull(ReviewHistory.office(null));
  }
}
