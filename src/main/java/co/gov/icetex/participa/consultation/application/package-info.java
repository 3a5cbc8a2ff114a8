/**
 * The consultation services and the views they return: the public catalogue and document ({@code
 * ConsultationCatalog}, {@code ConsultationDocument}, the 10-second {@code DocumentCache}), editing
 * ({@code ConsultationEditor}) and the final version ({@code FinalVersionEditor}, {@code
 * FinalVersionCatalog}). Other features read consultations through these classes. May use {@code
 * consultation.domain}, {@code diff}, {@code importing}, {@code staff.application} (caller,
 * offices) and {@code shared}. What consultation needs to know of observations and answers it
 * states as interfaces here ({@code CommentedParts}, {@code FinalVersionObservations}), implemented
 * by the observation and answer features with their own queries: consultation reads no table of a
 * feature that depends on it.
 */
package co.gov.icetex.participa.consultation.application;
