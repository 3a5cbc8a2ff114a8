package co.gov.icetex.participa.campaign.domain;

/**
 * An observation already in the consultation, as grouping sees it.
 *
 * @param campaignId the campaign it belongs to, or null while it stands alone
 */
public record GroupedObservation(long observationId, TextFingerprint fingerprint, Long campaignId) {

  public GroupedObservation {
    if (fingerprint == null) {
      throw new IllegalArgumentException("fingerprint required");
    }
  }

  public static GroupedObservation alone(long observationId, TextFingerprint fingerprint) {
    return new GroupedObservation(observationId, fingerprint, null);
  }

  public boolean inCampaign() {
    return campaignId != null;
  }

  public GroupedObservation joining(long campaign) {
    return new GroupedObservation(observationId, fingerprint, campaign);
  }
}
