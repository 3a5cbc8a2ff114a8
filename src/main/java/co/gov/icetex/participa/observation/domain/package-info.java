/**
 * Observation entities and values: {@code Observation} (the aggregate: status, triage, office,
 * deadlines), its attachment and tracking code. {@code Answer}, {@code AnswerStatus} and {@code
 * AnswerOutcome} are here too, though the {@code answer} feature owns answering: {@code
 * Observation} maps its answer and {@code Answer} moves its observations through package-private
 * methods, so moving the entity needs the mapping turned around first (open). Published to other
 * features: all of the above but {@code AttachmentType} and {@code AttachmentUpload} (see {@code
 * ArchitectureTest}). May use {@code consultation} and {@code staff} published domain types ({@code
 * Office}) and {@code shared}.
 */
package co.gov.icetex.participa.observation.domain;
