/**
 * Consultation entities and values: {@code Consultation} (the aggregate: window, phase, parts,
 * files, notices, revisions), {@code ConsultationPart}, {@code CommentWindow}. Published to other
 * features: {@code Consultation}, {@code ConsultationPart}, {@code ConsultationPhase}, {@code
 * ConsultationType}, {@code CommentWindow}, {@code EditorialState} (whether a consultation is
 * closed, for the final version), {@code PartField} with its column converter {@code
 * PartFieldsConverter} (the final version stores its cells the same way), {@code PartKind} (see
 * {@code ArchitectureTest}); the rest is reached through {@code consultation.application}. May use
 * {@code shared} only.
 */
package co.gov.icetex.participa.consultation.domain;
