package co.gov.icetex.participa.campaign.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Groups a whole consultation afresh (after a change of the rule or the fingerprint format, or for
 * observations received before grouping existed): fed its observations in the order they arrived,
 * it applies to each exactly the decision intake would have taken ({@link CampaignGrouper#decide}
 * on the candidates of a {@link CandidateIndex}), so re-grouping gives what grouping as they
 * arrived would have given. Fed one at a time, so a caller can stream the rows instead of loading
 * them all.
 *
 * <p>A campaign is named by the id of the first observation that formed it (the lowest id among its
 * founders); the caller maps these to its own campaign records.
 */
public final class CampaignBackfill {

  private final CandidateIndex index = new CandidateIndex();
  private final Map<Long, Long> campaignOf = new HashMap<>();

  /** Groups the next observation in arrival order and returns the decision taken for it. */
  public CampaignDecision add(long observationId, TextFingerprint fingerprint) {
    List<GroupedObservation> candidates = index.candidatesFor(fingerprint);
    CampaignDecision decision = CampaignGrouper.decide(observationId, fingerprint, candidates);
    index.add(GroupedObservation.alone(observationId, fingerprint));
    if (decision instanceof CampaignDecision.Join join) {
      assign(join.campaignId(), join.aloneJoining(), observationId);
    } else if (decision instanceof CampaignDecision.Start start) {
      assign(start.aloneJoining().get(0), start.aloneJoining(), observationId);
    }
    return decision;
  }

  private void assign(long campaign, List<Long> alone, long newcomer) {
    for (long id : alone) {
      index.assign(id, campaign);
      campaignOf.put(id, campaign);
    }
    index.assign(newcomer, campaign);
    campaignOf.put(newcomer, campaign);
  }

  public OptionalLong campaignOf(long observationId) {
    Long campaign = campaignOf.get(observationId);
    return campaign == null ? OptionalLong.empty() : OptionalLong.of(campaign);
  }

  /** Each campaign (by the id of its first observation) with its observations, ascending ids. */
  public Map<Long, List<Long>> campaigns() {
    var campaigns = new TreeMap<Long, List<Long>>();
    new TreeMap<>(campaignOf)
        .forEach(
            (id, campaign) -> campaigns.computeIfAbsent(campaign, c -> new ArrayList<>()).add(id));
    return campaigns;
  }
}
