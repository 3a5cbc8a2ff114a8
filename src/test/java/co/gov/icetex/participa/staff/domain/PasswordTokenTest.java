package co.gov.icetex.participa.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordTokenTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Instant NOW = CLOCK.instant();
  private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);

  private static StaffAccount account() {
    return StaffAccount.invite("ana@icetex.gov.co", "Ana", EnumSet.of(Role.EDITOR), null, NOW);
  }

  private static PasswordToken.Issued issue() {
    return PasswordToken.issue(account(), Purpose.RESET, NOW, THIRTY_MINUTES);
  }

  @Test
  void theSecretHas256RandomBitsAndOnlyItsSha256IsKept() {
    var issued = issue();
    assertEquals(43, issued.secret().length(), "32 bytes in unpadded base64url");
    assertTrue(PasswordToken.isWellFormed(issued.secret()));
    assertEquals(64, issued.token().getTokenHash().length());
    assertNotEquals(issued.secret(), issued.token().getTokenHash());
    assertFalse(issued.token().getTokenHash().contains(issued.secret()));
    assertEquals(PasswordToken.hashOf(issued.secret()), issued.token().getTokenHash());
    assertTrue(issued.token().matches(issued.secret()));
  }

  @Test
  void theHashIsSha256InLowerCaseHex() {
    // the well-known SHA-256 of "abc"
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        PasswordToken.hashOf("abc"));
  }

  @Test
  void everyTokenIsDifferent() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      secrets.add(issue().secret());
    }
    assertEquals(200, secrets.size());
  }

  @Test
  void worksUntilItsLifetimeEndsAndNotAfter() {
    PasswordToken token = issue().token();
    assertEquals(NOW.plus(THIRTY_MINUTES), token.getExpiresAt());
    assertTrue(token.isUsableAt(NOW));
    assertTrue(token.isUsableAt(NOW.plus(THIRTY_MINUTES).minusNanos(1000)));
    assertFalse(token.isUsableAt(NOW.plus(THIRTY_MINUTES)), "expired at the exact end");
    assertFalse(token.isUsableAt(NOW.plus(Duration.ofDays(1))));
    assertThrows(IllegalStateException.class, () -> token.use(NOW.plus(THIRTY_MINUTES)));
    assertTrue(token.usedAt().isEmpty(), "an expired token is not marked used");
  }

  @Test
  void worksOnlyOnce() {
    PasswordToken token = issue().token();
    token.use(NOW.plusSeconds(60));
    assertEquals(NOW.plusSeconds(60), token.usedAt().orElseThrow());
    assertFalse(token.isUsableAt(NOW.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> token.use(NOW.plusSeconds(62)));
  }

  @Test
  void aRevokedTokenNoLongerWorksAndRevokingAUsedOneChangesNothing() {
    PasswordToken revoked = issue().token();
    revoked.revoke(NOW.plusSeconds(10));
    assertFalse(revoked.isUsableAt(NOW.plusSeconds(11)));
    assertThrows(IllegalStateException.class, () -> revoked.use(NOW.plusSeconds(12)));

    PasswordToken used = issue().token();
    used.use(NOW.plusSeconds(5));
    used.revoke(NOW.plusSeconds(10));
    assertEquals(NOW.plusSeconds(5), used.usedAt().orElseThrow());
  }

  @Test
  void malformedSecretsAreRefusedBeforeAnyLookup() {
    var issued = issue();
    for (String bad :
        new String[] {
          null,
          "",
          "abc",
          issued.secret() + "x",
          issued.secret().replace(issued.secret().charAt(0), '+'),
          "' OR 1=1 --                                 "
        }) {
      assertFalse(issued.token().matches(bad), String.valueOf(bad));
    }
    assertFalse(issued.token().matches(issue().secret()), "another token's secret");
  }

  @Test
  void aTokenLivesForAPositiveTime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PasswordToken.issue(account(), Purpose.RESET, NOW, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> PasswordToken.issue(account(), Purpose.RESET, NOW, Duration.ofMinutes(-1)));
  }
}
