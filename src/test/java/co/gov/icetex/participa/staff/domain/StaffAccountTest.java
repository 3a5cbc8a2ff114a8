package co.gov.icetex.participa.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

  private static StaffAccount account() {
    return new StaffAccount(" Ana@ICETEX.gov.co ", "Ana", "hash", EnumSet.of(Role.EDITOR), null, NOW);
  }

  @Test
  void locksAfterFiveFailuresInARowForFifteenMinutes() {
    var a = account();
    for (int i = 1; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
      a.recordFailedSignIn(NOW);
      assertFalse(a.isLockedAt(NOW), "still open after " + i + " failures");
    }
    a.recordFailedSignIn(NOW);
    assertTrue(a.isLockedAt(NOW));
    assertFalse(a.canSignInAt(NOW.plus(StaffAccount.LOCK_DURATION).minusSeconds(1)));
    assertTrue(a.canSignInAt(NOW.plus(StaffAccount.LOCK_DURATION)));
  }

  @Test
  void aSuccessfulSignInResetsTheCount() {
    var a = account();
    for (int i = 1; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
      a.recordFailedSignIn(NOW);
    }
    a.recordSignIn(NOW);
    a.recordFailedSignIn(NOW);
    assertFalse(a.isLockedAt(NOW));
    assertEquals(1, a.getFailedAttempts());
  }

  @Test
  void emailsAreComparedInLowerCaseAndAnAccountNeedsARole() {
    assertEquals("ana@icetex.gov.co", account().getEmail());
    assertThrows(IllegalArgumentException.class,
        () -> new StaffAccount("a@b.co", "A", "h", EnumSet.noneOf(Role.class), null, NOW));
  }
}
