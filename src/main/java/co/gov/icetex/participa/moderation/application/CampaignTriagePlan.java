package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import java.util.List;
import java.util.Map;

/**
 * Which members of a campaign one triage decision applies to, and the decisions a whole campaign
 * cannot take. The rules of each single triage stay the observation's own ({@code
 * Observation.triage}); this only adds what is particular to deciding for many at once.
 *
 * @param toTriage the members still triageable, oldest first
 * @param skipped the members someone already started answering (or closed), left as they are
 */
public record CampaignTriagePlan(List<String> toTriage, List<String> skipped) {

  /**
   * @param triageable each member's tracking code, oldest first, and whether it is still triageable
   */
  public static CampaignTriagePlan of(TriageCommand decision, Map<String, Boolean> triageable) {
    if (triageable.isEmpty()) {
      throw Refusal.of(Reason.NOT_FOUND, "campaign.notFound");
    }
    if (decision.decision() == Triage.PETITION) {
      // A petition has its legal deadline and its answer per person: redirecting is decided one
      // observation at a time.
      throw Refusal.invalid("decision", "campaign.triage.noPetition");
    }
    if (decision.decision() == Triage.DUPLICATE
        && decision.duplicateOf() != null
        && triageable.containsKey(decision.duplicateOf().strip())) {
      throw Refusal.invalid("duplicateOf", "campaign.triage.duplicateOfMember");
    }
    var toTriage =
        triageable.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (toTriage.isEmpty()) {
      throw Refusal.of(Reason.CONFLICT, "campaign.triage.noneTriageable", triageable.size());
    }
    var skipped =
        triageable.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    return new CampaignTriagePlan(toTriage, skipped);
  }

  public int members() {
    return toTriage.size() + skipped.size();
  }
}
