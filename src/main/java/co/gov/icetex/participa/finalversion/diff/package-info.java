/**
 * Word-level comparison of two texts (a draft's part and its final version), in plain Java: a
 * longest common subsequence over word, space and punctuation tokens, with a size guard so that a
 * huge part can never make a page quadratic.
 */
package co.gov.icetex.participa.finalversion.diff;
