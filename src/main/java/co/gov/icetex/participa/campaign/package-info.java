/**
 * Form-letter campaigns: observations of one consultation whose texts are identical once
 * normalised, or near duplicates of each other, grouped so that one answer can serve them all (as
 * Regulations.gov does with mass-mail campaigns).
 *
 * <p>Owns the fingerprint of a citizen's text (exact key and MinHash signature), the banding that
 * finds look-alike candidates without comparing every pair, and the rule that decides which
 * campaign a newcomer joins ({@code domain}: the core is plain Java, tested and benchmarked alone;
 * {@code Campaign} and {@code CampaignMember} map it onto the database). {@code application} groups
 * observations after they are stored and answers staff's, the report's and the statistics'
 * questions; {@code web} is the staff's campaign pages. Depends on {@code observation} (never the
 * reverse: grouping observes the submitted event after commit), {@code staff} and {@code shared}.
 */
package co.gov.icetex.participa.campaign;
