/**
 * Form-letter campaigns: observations of one consultation whose texts are identical once normalised, or
 * near duplicates of each other, grouped so that one answer can serve them all (as Regulations.gov does
 * with mass-mail campaigns).
 *
 * <p>Owns the fingerprint of a citizen's text (exact key and MinHash signature), the banding that finds
 * look-alike candidates without comparing every pair, and the rule that decides which campaign a newcomer
 * joins. {@code domain} is plain Java with no framework and no database: it may use {@code shared}
 * ({@code PlainText}, {@code Folding}, {@code PersonalData}) and nothing else. Storing the fingerprints,
 * grouping at intake, the staff queue and the report build on it later; this package knows nothing of them.
 */
package co.gov.icetex.participa.campaign;
