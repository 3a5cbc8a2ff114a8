/**
 * The consultation services and the views they return: the public catalogue and document ({@code
 * ConsultationCatalog}, {@code ConsultationDocument}, the 10-second {@code DocumentCache}), editing
 * ({@code ConsultationEditor}). Other features read consultations through these classes. May use
 * {@code consultation.domain}, {@code importing}, {@code staff.application} (caller, offices) and
 * {@code shared}. What consultation needs to know of the features built on it it states as
 * interfaces here, implemented by those features with their own queries: {@code CommentedParts}
 * (observation) and {@code FinalVersionLinks} (finalversion, for the link to the published final
 * version and the API's copy of it). Consultation reads no table of a feature that depends on it.
 */
package co.gov.icetex.participa.consultation.application;
