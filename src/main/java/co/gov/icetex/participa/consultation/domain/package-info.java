/**
 * Consultation entities and values: {@code Consultation} (the aggregate: window, phase, parts,
 * files, notices, revisions), {@code ConsultationPart}, {@code CommentWindow}, and the final
 * version ({@code FinalVersion}, {@code FinalVersionPart}). Published to other features: {@code
 * Consultation}, {@code ConsultationPart}, {@code ConsultationPhase}, {@code ConsultationType},
 * {@code CommentWindow}, {@code PartField}, {@code PartKind} (see {@code ArchitectureTest}); the
 * rest is reached through {@code consultation.application}. May use {@code shared} only.
 */
package co.gov.icetex.participa.consultation.domain;
