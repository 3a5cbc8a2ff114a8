/**
 * The final version's services and the views they return: {@code FinalVersionEditor} (what editors
 * do, each call one transaction with its audit event; refusals are {@code Refusal}s), {@code
 * FinalVersionCatalog} (the published version for the public, personal data redacted, an answer
 * only once published), {@code PublishedFinalVersions} (consultation's {@code FinalVersionLinks})
 * and the event {@code FinalVersionPublished}. May use {@code finalversion.domain}, {@code diff},
 * {@code consultation.application}, {@code answer.application.AnsweredObservations}, {@code
 * staff.application} and {@code shared}.
 */
package co.gov.icetex.participa.finalversion.application;
