package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.security.Roles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "Requiere mi acción": the one definition of which observations wait on a staff member, read by
 * the queue's default view, its "Siguiente pendiente" link and the dashboard's task list.
 *
 * <ul>
 *   <li>moderator: received (to triage) or admitted without an office (to assign), any office;
 *   <li>responder: assigned to their own office without an answer, or with a draft returned for
 *       changes;
 *   <li>approver: a drafted answer awaiting approval, or an approved one ready to publish;
 *   <li>administrator and editor: none. They do not handle observations (the queue is not theirs);
 *       their dashboard shows the intake per consultation instead.
 * </ul>
 *
 * A person with several roles waits on the union. The rule is a value so that it can be unit tested
 * and turned into one query condition.
 */
public record NeedsAction(List<Clause> clauses) {

  /** Observations in one of {@code statuses}; of the person's own office only if so marked. */
  public record Clause(String role, Set<ObservationStatus> statuses, boolean ownOfficeOnly) {}

  static final Clause MODERATOR =
      new Clause(
          Roles.MODERATOR,
          EnumSet.of(ObservationStatus.RECEIVED, ObservationStatus.ACCEPTED),
          false);
  static final Clause RESPONDER =
      new Clause(
          Roles.RESPONDER,
          EnumSet.of(ObservationStatus.ASSIGNED, ObservationStatus.RETURNED),
          true);
  static final Clause APPROVER =
      new Clause(
          Roles.APPROVER, EnumSet.of(ObservationStatus.DRAFTED, ObservationStatus.APPROVED), false);

  public NeedsAction {
    clauses = List.copyOf(clauses);
  }

  /** The rule for a person with these roles. */
  public static NeedsAction of(Predicate<String> inRole) {
    List<Clause> clauses = new ArrayList<>();
    for (Clause c : List.of(MODERATOR, RESPONDER, APPROVER)) {
      if (inRole.test(c.role())) {
        clauses.add(c);
      }
    }
    return new NeedsAction(clauses);
  }

  /**
   * The role an observation in {@code status} waits on (the observation page's "who owns the next
   * step"), or empty when its procedure here is over.
   */
  public static java.util.Optional<Clause> ownerOf(ObservationStatus status) {
    return java.util.stream.Stream.of(MODERATOR, RESPONDER, APPROVER)
        .filter(c -> c.statuses().contains(status))
        .findFirst();
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /**
   * Whether an observation in {@code status}, of office {@code officeId} (null: none), waits on
   * this person, whose office is {@code myOfficeId} (null: none).
   */
  public boolean matches(ObservationStatus status, Long officeId, Long myOfficeId) {
    return clauses.stream()
        .anyMatch(
            c ->
                c.statuses().contains(status)
                    && (!c.ownOfficeOnly() || (officeId != null && officeId.equals(myOfficeId))));
  }
}
