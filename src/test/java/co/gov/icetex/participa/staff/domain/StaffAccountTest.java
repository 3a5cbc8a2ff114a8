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
    return new StaffAccount(
        " Ana@ICETEX.gov.co ", "Ana", "hash", EnumSet.of(Role.EDITOR), null, NOW);
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
  void failuresDuringALockDoNotExtendIt() {
    var a = account();
    for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
      a.recordFailedSignIn(NOW);
    }
    // Someone keeps trying the owner's address while it is locked, five times a minute.
    for (int minute = 1; minute < 15; minute++) {
      for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
        a.recordFailedSignIn(NOW.plusSeconds(60L * minute));
      }
    }
    assertTrue(
        a.canSignInAt(NOW.plus(StaffAccount.LOCK_DURATION)), "the lock ends when it was due to");
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
    assertThrows(
        IllegalArgumentException.class,
        () -> new StaffAccount("a@b.co", "A", "h", EnumSet.noneOf(Role.class), null, NOW));
  }

  @Test
  void anInvitedAccountHasNoPasswordAndCannotSignInUntilItSetsOne() {
    var a = StaffAccount.invite("nuevo@icetex.gov.co", "Nuevo", EnumSet.of(Role.EDITOR), null, NOW);
    assertFalse(a.hasPassword());
    assertFalse(a.canSignInAt(NOW));
    a.setPasswordHash("hash");
    assertTrue(a.canSignInAt(NOW));
  }

  @Test
  void settingAPasswordThroughALinkEndsALockout() {
    var a = account();
    for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
      a.recordFailedSignIn(NOW);
    }
    assertTrue(a.isLockedAt(NOW));
    a.setPasswordHash("new-hash");
    assertFalse(a.isLockedAt(NOW));
    assertEquals(0, a.getFailedAttempts());
    assertEquals("new-hash", a.getPasswordHash());
  }

  @Test
  void anAdministratorCanUnlockBeforeTheLockEnds() {
    var a = account();
    for (int i = 0; i < StaffAccount.MAX_FAILED_ATTEMPTS; i++) {
      a.recordFailedSignIn(NOW);
    }
    a.unlock();
    assertTrue(a.canSignInAt(NOW));
  }

  @Test
  void aResponderNeedsAnOffice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StaffAccount.invite("r@icetex.gov.co", "R", EnumSet.of(Role.RESPONDER), null, NOW));
    var a = account();
    assertThrows(
        IllegalArgumentException.class,
        () -> a.changeProfile("Ana", null, EnumSet.of(Role.EDITOR, Role.RESPONDER)));
    assertEquals(EnumSet.of(Role.EDITOR), a.getRoles(), "nothing changed by a refused change");
    Office planning = new Office("Oficina Asesora de Planeación");
    a.changeProfile("Ana María", planning, EnumSet.of(Role.EDITOR, Role.RESPONDER));
    assertEquals(EnumSet.of(Role.EDITOR, Role.RESPONDER), a.getRoles());
    assertEquals("Ana María", a.getFullName());
  }

  @Test
  void aProfileNeedsANameAndARole() {
    var a = account();
    assertThrows(
        IllegalArgumentException.class, () -> a.changeProfile("  ", null, EnumSet.of(Role.EDITOR)));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.changeProfile("Ana", null, EnumSet.noneOf(Role.class)));
    assertThrows(IllegalArgumentException.class, () -> a.changeProfile("Ana", null, null));
    assertEquals("Ana", a.getFullName());
  }

  @Test
  void anInactiveOfficeIsNotAssignedButAnAccountKeepsOneDeactivatedSince() {
    Office closed = new Office("Oficina cerrada");
    closed.deactivate();
    var a = account();
    assertThrows(
        IllegalArgumentException.class,
        () -> a.changeProfile("Ana", closed, EnumSet.of(Role.EDITOR)));

    Office planning = new Office("Oficina Asesora de Planeación");
    a.changeProfile("Ana", planning, EnumSet.of(Role.RESPONDER));
    planning.deactivate();
    a.changeProfile("Ana Pérez", planning, EnumSet.of(Role.RESPONDER));
    assertEquals(planning, a.getOffice());
  }

  @Test
  void aDeactivatedAccountCannotSignInUntilReactivated() {
    var a = account();
    a.deactivate();
    assertFalse(a.canSignInAt(NOW));
    a.reactivate();
    assertTrue(a.canSignInAt(NOW));
  }

  @Test
  void changesThatMustEndOpenSessionsMoveTheAccessEpochAndOthersDoNot() {
    var a = account();
    int epoch = a.getAccessEpoch();

    a.changeProfile("Ana María", null, EnumSet.of(Role.EDITOR));
    a.recordSignIn(NOW);
    a.recordFailedSignIn(NOW);
    a.unlock();
    a.reactivate();
    assertEquals(
        epoch, a.getAccessEpoch(), "a new name, a sign-in or an unlock grants nothing new");

    a.changeProfile("Ana María", null, EnumSet.of(Role.EDITOR, Role.APPROVER));
    assertEquals(epoch + 1, a.getAccessEpoch(), "roles changed");
    a.setPasswordHash("another hash");
    assertEquals(epoch + 2, a.getAccessEpoch(), "a new password");
    a.deactivate();
    assertEquals(epoch + 3, a.getAccessEpoch(), "deactivated");
  }
}
