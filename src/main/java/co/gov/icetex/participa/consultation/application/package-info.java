/**
 * The consultation services and the views they return: the public catalogue and document
 * ({@code ConsultationCatalog}, {@code ConsultationDocument}, the 10-second {@code DocumentCache}),
 * editing ({@code ConsultationEditor}) and the final version ({@code FinalVersionEditor},
 * {@code FinalVersionCatalog}). Other features read consultations through these classes. May use
 * {@code consultation.domain}, {@code diff}, {@code importing}, {@code staff.application} (caller, offices)
 * and {@code shared}. The final version reads observation and answer rows by native SQL because
 * {@code observation} depends on {@code consultation}; moving the final version to a feature above
 * {@code answer} is the open step that removes it.
 */
package co.gov.icetex.participa.consultation.application;
