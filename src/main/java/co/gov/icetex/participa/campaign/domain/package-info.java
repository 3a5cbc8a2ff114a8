/**
 * The pure core of campaign grouping, framework-free so it is tested and benchmarked on its own:
 * {@link co.gov.icetex.participa.campaign.domain.NormalisedText} (what of a text counts), {@link
 * co.gov.icetex.participa.campaign.domain.TextFingerprint} (exact key and MinHash signature, what
 * is stored per observation), {@link co.gov.icetex.participa.campaign.domain.LshBands} and {@link
 * co.gov.icetex.participa.campaign.domain.CandidateIndex} (finding look-alikes fast), {@link
 * co.gov.icetex.participa.campaign.domain.CampaignGrouper} (the decision for one newcomer) and
 * {@link co.gov.icetex.participa.campaign.domain.CampaignBackfill} (a whole consultation at once);
 * and the two entities that store the result, {@link
 * co.gov.icetex.participa.campaign.domain.Campaign} (guards its count and representative on join
 * and split-off) and {@link co.gov.icetex.participa.campaign.domain.CampaignMember} (an
 * observation's fingerprint and campaign, on the observation table's own columns). Uses {@code
 * shared} only. Publishes nothing: other features ask {@code campaign.application}.
 */
package co.gov.icetex.participa.campaign.domain;
