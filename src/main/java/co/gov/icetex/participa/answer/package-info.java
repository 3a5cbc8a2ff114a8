/**
 * Answering observations: drafting one answer for one or several observations, returning it for
 * changes, approving and publishing it (with the authors' e-mail), extending a deadline, answering
 * in a spreadsheet exported and imported back, the reusable answer templates, and what the final
 * version of a consultation reads of observations and their answers ({@code
 * ObservationsForFinalVersion}). Builds on {@code observation} (the {@code Answer} entity still
 * lives in {@code observation.domain}, see its package-info), {@code consultation}, {@code staff}
 * and {@code notification}; {@code moderation} and {@code report} build on it.
 */
package co.gov.icetex.participa.answer;
