package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.notification.WorkflowMails;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.RuleViolation;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What moderators do with incoming observations: triage each one (publishable, rejected with a reason
 * the author receives, or redirected as a petition) and assign them to the office that will answer.
 * Every action is audited with the state before and after, in the action's own transaction.
 */
@ApplicationScoped
@RequiresRole(Roles.MODERATOR)
public class ModerationService {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject ObservationFinder finder;
  @Inject WorkflowMails mails;
  @Inject AnswerDeadlines deadlines;

  /** A triage decision; {@code duplicateOfCode} names the original of a duplicate. */
  public record Decision(Triage triage, String reason, String duplicateOfCode, PetitionKind petitionKind) {}

  @Transactional
  public void triage(String trackingCode, Decision decision) {
    if (decision.triage() == null) {
      throw new RuleViolation("moderation.error.decisionRequired");
    }
    Observation o = lock(trackingCode);
    String before = o.auditState();
    Observation original =
        decision.triage() == Triage.DUPLICATE ? find(decision.duplicateOfCode()) : null;
    if (decision.triage() == Triage.DUPLICATE && original == null) {
      throw new RuleViolation("moderation.error.duplicateOriginal");
    }
    Instant now = clock.now();
    var petitionDue =
        decision.petitionKind() == null ? null : deadlines.petitionDueDate(o.getReceivedAt(), decision.petitionKind());
    o.triage(decision.triage(), decision.reason(), original, decision.petitionKind(), petitionDue, caller.name(), now);
    audit.record(caller.name(), "OBSERVATION_TRIAGED", "Observation", o.getTrackingCode(), before, o.auditState());
    if (decision.triage().isRejection()) {
      mails.rejected(o);
    } else if (decision.triage() == Triage.PETITION) {
      mails.redirected(o);
    }
  }

  /**
   * Assigns one or many observations to an office, all or none: if one of them cannot be assigned the
   * whole request is refused, naming it, so a moderator never has to work out which ones went through.
   */
  @Transactional
  public int assign(Collection<String> trackingCodes, long officeId) {
    Office office = em.find(Office.class, officeId);
    if (office == null) {
      throw new RuleViolation("moderation.error.officeRequired");
    }
    var codes = new LinkedHashSet<>(trackingCodes);
    if (codes.isEmpty()) {
      throw new RuleViolation("moderation.error.nothingSelected");
    }
    Instant now = clock.now();
    List<Observation> assigned = new ArrayList<>();
    for (String code : codes) {
      Observation o = lock(code);
      String before = o.auditState();
      o.assignTo(office, caller.name(), now);
      audit.record(caller.name(), "OBSERVATION_ASSIGNED", "Observation", o.getTrackingCode(), before, o.auditState());
      assigned.add(o);
    }
    return assigned.size();
  }

  /** Concurrent changes by two people are caught by the entity version when the transaction commits. */
  private Observation lock(String trackingCode) {
    Observation o = find(trackingCode);
    if (o == null) {
      throw new RuleViolation("moderation.error.notFound", trackingCode == null ? "" : trackingCode);
    }
    return o;
  }

  private Observation find(String trackingCode) {
    return finder.byCode(trackingCode).orElse(null);
  }
}
