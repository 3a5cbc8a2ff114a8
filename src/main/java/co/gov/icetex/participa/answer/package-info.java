/**
 * Answering observations: drafting one answer for one or several observations, returning it for
 * changes, approving and publishing it (with the authors' e-mail), extending a deadline, answering
 * in a spreadsheet exported and imported back, the reusable answer templates, and observations with
 * their answers' outcomes for the features above ({@code AnsweredObservations}). Owns the {@code
 * Answer} entity ({@code answer.domain}), which owns the link to its observations. Builds on {@code
 * observation}, {@code consultation}, {@code staff} and {@code notification}; {@code moderation},
 * {@code report} and {@code finalversion} build on it.
 */
package co.gov.icetex.participa.answer;
