/**
 * The observation services: intake ({@code ObservationService}, {@code ObservationRecorder},
 * tracking codes allocated in blocks by {@code TrackingCodeAllocator}), the public lookup, answer
 * deadlines in business days ({@code AnswerDeadlines}) and the intake figures of the staff home
 * ({@code IntakeStatistics}), and the commented parts consultation asks for ({@code
 * ObservationsByPart}). What the lookup shows of a published answer it asks through {@code
 * PublishedAnswers}, implemented by the {@code answer} feature. Fires {@code ObservationSubmitted}.
 * May use {@code observation.domain}, {@code consultation.application} and its published domain
 * types, and {@code shared}.
 */
package co.gov.icetex.participa.observation.application;
