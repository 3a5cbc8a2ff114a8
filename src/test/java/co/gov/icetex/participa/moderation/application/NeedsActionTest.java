package co.gov.icetex.participa.moderation.application;

import static co.gov.icetex.participa.observation.domain.ObservationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.security.Roles;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedsActionTest {

  private static final Long MINE = 7L;
  private static final Long OTHER = 9L;

  private static NeedsAction of(String... roles) {
    Set<String> held = Set.of(roles);
    return NeedsAction.of(held::contains);
  }

  private static Set<ObservationStatus> waitingOn(NeedsAction rule, Long office) {
    Set<ObservationStatus> found = EnumSet.noneOf(ObservationStatus.class);
    for (ObservationStatus s : ObservationStatus.values()) {
      if (rule.matches(s, office, MINE)) {
        found.add(s);
      }
    }
    return found;
  }

  @Test
  void aModeratorWaitsOnWhatIsUntriagedOrAdmittedWithoutAnOffice() {
    assertEquals(EnumSet.of(RECEIVED, ACCEPTED), waitingOn(of(Roles.MODERATOR), null));
    assertEquals(EnumSet.of(RECEIVED, ACCEPTED), waitingOn(of(Roles.MODERATOR), OTHER));
  }

  @Test
  void aResponderWaitsOnlyOnTheirOwnOfficesAssignedOrReturnedObservations() {
    NeedsAction responder = of(Roles.RESPONDER);
    assertEquals(EnumSet.of(ASSIGNED, RETURNED), waitingOn(responder, MINE));
    assertTrue(waitingOn(responder, OTHER).isEmpty(), "another office's are not theirs");
    assertTrue(waitingOn(responder, null).isEmpty());
    assertFalse(
        responder.matches(ASSIGNED, MINE, null), "a responder without an office waits on none");
  }

  @Test
  void anApproverWaitsOnDraftsToApproveAndApprovedAnswersToPublish() {
    assertEquals(EnumSet.of(DRAFTED, APPROVED), waitingOn(of(Roles.APPROVER), OTHER));
  }

  @Test
  void administratorsAndEditorsHaveNoObservationTasks() {
    assertTrue(of(Roles.ADMIN, Roles.EDITOR).isEmpty());
    assertTrue(waitingOn(of(Roles.ADMIN, Roles.EDITOR), MINE).isEmpty());
  }

  @Test
  void severalRolesWaitOnTheUnion() {
    NeedsAction both = of(Roles.MODERATOR, Roles.RESPONDER);
    assertEquals(2, both.clauses().size());
    assertEquals(EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, RETURNED), waitingOn(both, MINE));
    assertEquals(EnumSet.of(RECEIVED, ACCEPTED), waitingOn(both, OTHER));
  }

  @Test
  void eachPendingStateHasOneOwnerAndClosedStatesNone() {
    assertEquals(Roles.MODERATOR, NeedsAction.ownerOf(RECEIVED).orElseThrow().role());
    assertEquals(Roles.RESPONDER, NeedsAction.ownerOf(RETURNED).orElseThrow().role());
    assertEquals(Roles.APPROVER, NeedsAction.ownerOf(APPROVED).orElseThrow().role());
    for (ObservationStatus closed : EnumSet.of(PUBLISHED, REJECTED, REDIRECTED)) {
      assertEquals(Optional.empty(), NeedsAction.ownerOf(closed), closed.name());
    }
    for (ObservationStatus pending : ObservationStatus.PENDING) {
      assertTrue(NeedsAction.ownerOf(pending).isPresent(), pending + " waits on someone");
    }
  }
}
