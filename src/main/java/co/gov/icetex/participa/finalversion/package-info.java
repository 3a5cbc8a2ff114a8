/**
 * The final version of a closed consultation: editors start it from the draft, rewrite, add and
 * remove parts, link each change to the accepted observations that led to it, write a summary and
 * publish it; the public page {@code /version-final} shows each part beside its draft, word by word
 * ({@code diff}), with the observations and published answers that led to the change. Builds on
 * {@code consultation} (the draft, through its published domain types and {@code
 * ConsultationCatalog}; it implements consultation's {@code FinalVersionLinks}), {@code answer}
 * (observations with their answers' outcomes, {@code AnsweredObservations}: no query here reads
 * another feature's tables), {@code staff.application} (the caller) and {@code shared}. {@code
 * alert} builds on it (alerts and feeds on publication).
 */
package co.gov.icetex.participa.finalversion;
