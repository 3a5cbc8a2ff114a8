package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.notification.WorkflowMails;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.validation.Violation;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What moderators do with incoming observations: triage each one (publishable, rejected with a
 * reason the author receives, or redirected as a petition) and assign them to the office that will
 * answer. Every action is audited with the state before and after, in the action's own transaction.
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
  @Inject CommandValidator validator;
  @Inject CampaignDirectory campaigns;
  @Inject ObservationQueue queue;

  /**
   * The triage form's field for each rule {@code Observation.triage} enforces about one of them.
   */
  private static final Map<String, String> FIELD_OF_RULE =
      Map.of(
          "moderation.error.reasonRequired", "reason",
          "moderation.error.duplicateOriginal", "duplicateOf",
          "moderation.error.petitionKind", "petitionKind");

  @Transactional
  public void triage(String trackingCode, TriageCommand decision) {
    validator.check(decision);
    Observation o = lock(trackingCode);
    apply(o, decision, original(decision));
  }

  /**
   * Applies one triage decision to every member of a campaign still triageable, all or none, in one
   * transaction; each observation is audited (and its author told) as a single triage would.
   * Members someone already started answering are left as they are and counted in the result.
   */
  @Transactional
  public CampaignTriagePlan triageCampaign(long campaignId, TriageCommand decision) {
    validator.check(decision);
    var triageable = new LinkedHashMap<String, Boolean>();
    for (String code : campaigns.memberCodes(campaignId)) {
      triageable.put(code, lock(code).getStatus().isTriageable());
    }
    CampaignTriagePlan plan = CampaignTriagePlan.of(decision, triageable);
    Observation original = original(decision);
    for (String code : plan.toTriage()) {
      apply(lock(code), decision, original);
    }
    return plan;
  }

  private Observation original(TriageCommand decision) {
    if (decision.decision() != Triage.DUPLICATE) {
      return null;
    }
    Observation original = find(decision.duplicateOf());
    if (original == null) {
      throw Refusal.invalid("duplicateOf", "moderation.error.duplicateOriginal");
    }
    return original;
  }

  private void apply(Observation o, TriageCommand decision, Observation original) {
    String before = o.auditState();
    Instant now = clock.now();
    var petitionDue =
        decision.petitionKind() == null
            ? null
            : deadlines.petitionDueDate(o.getReceivedAt(), decision.petitionKind());
    try {
      o.triage(
          decision.decision(),
          decision.reason(),
          original,
          decision.petitionKind(),
          petitionDue,
          caller.name(),
          now);
    } catch (Refusal broken) {
      // The observation guards the rules that depend on the decision; the form shows each at its
      // field.
      Violation rule = broken.violations().get(0);
      String field = FIELD_OF_RULE.get(rule.key());
      throw field == null
          ? broken
          : new Refusal(Reason.INVALID, List.of(new Violation(field, rule.key(), rule.message())));
    }
    audit.record(
        caller.name(),
        "OBSERVATION_TRIAGED",
        "Observation",
        o.getTrackingCode(),
        before,
        o.auditState());
    if (decision.decision().isRejection()) {
      mails.rejected(o);
    } else if (decision.decision() == Triage.PETITION) {
      mails.redirected(o);
    }
  }

  /** The most observations one "assign all that match" may move: more is refused, not cut. */
  public static final int MAX_BULK = 1000;

  /**
   * Assigns one or many observations to an office, all or none: if one of them cannot be assigned
   * the whole request is refused, naming it, so a moderator never has to work out which ones went
   * through. One nobody triaged yet is admitted first ("Admitir y asignar"): the trail records the
   * admission and the assignment as the two steps they are.
   */
  @Transactional
  public Assignment assign(Collection<String> trackingCodes, Long officeId) {
    Office office = officeId == null ? null : em.find(Office.class, officeId);
    if (office == null) {
      throw Refusal.invalid("office", "moderation.error.officeRequired");
    }
    var codes = new LinkedHashSet<>(trackingCodes);
    if (codes.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "moderation.error.nothingSelected");
    }
    Instant now = clock.now();
    int admitted = 0;
    for (String code : codes) {
      Observation o = lock(code);
      if (o.getStatus() == ObservationStatus.RECEIVED && office.isActive()) {
        String received = o.auditState();
        o.triage(Triage.PUBLISHABLE, null, null, null, null, caller.name(), now);
        audit.record(
            caller.name(),
            "OBSERVATION_TRIAGED",
            "Observation",
            o.getTrackingCode(),
            received,
            o.auditState());
        admitted++;
      }
      String before = o.auditState();
      o.assignTo(office, caller.name(), now);
      audit.record(
          caller.name(),
          "OBSERVATION_ASSIGNED",
          "Observation",
          o.getTrackingCode(),
          before,
          o.auditState());
    }
    return new Assignment(codes.size(), admitted, office.getName());
  }

  /**
   * Assigns everything the queue's filter finds now (read again at this moment, not what the page
   * showed), each observation audited as a single assignment. Over {@link #MAX_BULK} the request is
   * refused: the moderator narrows the filter rather than moving thousands by mistake.
   */
  @Transactional
  public Assignment assignAllMatching(QueueFilter filter, Long officeId) {
    List<String> codes = queue.matchingCodes(filter, MAX_BULK + 1);
    if (codes.size() > MAX_BULK) {
      throw Refusal.of(Reason.INVALID, "moderation.error.tooMany", MAX_BULK);
    }
    return assign(codes, officeId);
  }

  /**
   * Concurrent changes by two people are caught by the entity version when the transaction commits.
   */
  private Observation lock(String trackingCode) {
    Observation o = find(trackingCode);
    if (o == null) {
      throw Refusal.of(
          Reason.NOT_FOUND, "moderation.error.notFound", trackingCode == null ? "" : trackingCode);
    }
    return o;
  }

  private Observation find(String trackingCode) {
    return finder.byCode(trackingCode).orElse(null);
  }
}
