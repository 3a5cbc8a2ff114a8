package co.gov.icetex.participa.campaign.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which campaign a newcomer joins, from the observations of its consultation that may
 * resemble it (all of them, or only the candidates {@link CandidateIndex} found: the answer is the
 * same, the work is not).
 *
 * <p>Two texts match when their normalised texts are identical (any length), or when both have a
 * signature (at least {@value TextFingerprint#MIN_WORDS} words) and their estimated Jaccard
 * similarity is at least {@value #THRESHOLD}. The newcomer joins the campaign of its closest match
 * (identical counts as 1; ties go to the older, lower campaign id) and takes along the matches that
 * stood alone; with no campaign among its matches it starts one with them; with no match it stands
 * alone.
 *
 * <p>Why {@value #THRESHOLD}, measured on the tests' form letter ({@code FormLetters}, 147 words
 * once normalised, exact Jaccard of three-word shingles): copies with contact data added 0.95,
 * signed with name, university and city but no closing formula 0.93, a sentence added 0.90, typos
 * 0.92, two sentences swapped 0.92, a personal opening sentence 0.91, all of these at once 0.77;
 * other observations on the same topic, same vocabulary, other arguments 0.06 and 0.08, one quoting
 * a sentence of the letter 0.10. With 128 values the estimate is a binomial draw: a copy at 0.75
 * falls under {@value #THRESHOLD} with probability 7·10⁻⁵ (0.7: 7·10⁻³), a text at 0.3 reaches it
 * with 2·10⁻¹². Between them sits the letter followed by an argument of the author's own as long as
 * itself (0.56): grouped or not by the draw of the estimate (about one in five), as befits a text
 * that is half campaign and half its own.
 */
public final class CampaignGrouper {

  public static final double THRESHOLD = 0.6;

  private CampaignGrouper() {}

  /**
   * @param newcomerId its observation id, skipped if it is among {@code existing}
   * @param existing observations already grouped (or not) in the same consultation
   */
  public static CampaignDecision decide(
      long newcomerId, TextFingerprint newcomer, Collection<GroupedObservation> existing) {
    if (newcomer.isBlank()) {
      return new CampaignDecision.Alone();
    }
    Map<Long, Double> campaigns = new TreeMap<>(); // campaign -> closest match
    var alone = new TreeSet<Long>();
    for (GroupedObservation other : existing) {
      if (other.observationId() == newcomerId) {
        continue;
      }
      double score = matchScore(newcomer, other.fingerprint());
      if (score < 0) {
        continue;
      }
      if (other.inCampaign()) {
        campaigns.merge(other.campaignId(), score, Math::max);
      } else {
        alone.add(other.observationId());
      }
    }
    if (campaigns.isEmpty()) {
      return alone.isEmpty()
          ? new CampaignDecision.Alone()
          : new CampaignDecision.Start(new ArrayList<>(alone));
    }
    long closest = campaigns.keySet().iterator().next();
    for (var e : campaigns.entrySet()) {
      if (e.getValue() > campaigns.get(closest)) {
        closest = e.getKey();
      }
    }
    var others = new ArrayList<>(campaigns.keySet());
    others.remove(closest);
    return new CampaignDecision.Join(closest, new ArrayList<>(alone), others);
  }

  /** Whether two texts belong in one campaign, by the rule above. */
  public static boolean match(TextFingerprint a, TextFingerprint b) {
    return matchScore(a, b) >= 0;
  }

  /** 1 for identical texts, the resemblance when it reaches the threshold, −1 for no match. */
  private static double matchScore(TextFingerprint a, TextFingerprint b) {
    if (a.sameTextAs(b)) {
      return 1;
    }
    double resemblance = a.resemblance(b);
    return resemblance >= THRESHOLD ? resemblance : -1;
  }
}
