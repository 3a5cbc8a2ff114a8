package co.gov.icetex.participa.campaign.domain;

import java.util.List;

/**
 * Where a newcomer goes: {@link Alone}, {@link Join} an existing campaign, or {@link Start} a new
 * one.
 */
public sealed interface CampaignDecision {

  /** Resembles nothing yet: stands alone, possibly the first copy of a campaign to come. */
  record Alone() implements CampaignDecision {}

  /**
   * Joins {@code campaignId}, the campaign it resembles most (an identical text first).
   * Observations that stood alone and that it resembles join with it. Other campaigns it also
   * resembles are named, not merged: a campaign may already have its answer, so staff decide.
   */
  record Join(long campaignId, List<Long> aloneJoining, List<Long> otherCampaigns)
      implements CampaignDecision {
    public Join {
      aloneJoining = List.copyOf(aloneJoining);
      otherCampaigns = List.copyOf(otherCampaigns);
    }
  }

  /**
   * Forms a new campaign with the observations, until now alone, that it resembles (ascending ids).
   */
  record Start(List<Long> aloneJoining) implements CampaignDecision {
    public Start {
      if (aloneJoining.isEmpty()) {
        throw new IllegalArgumentException(
            "a campaign starts with at least one earlier observation");
      }
      aloneJoining = List.copyOf(aloneJoining);
    }
  }
}
