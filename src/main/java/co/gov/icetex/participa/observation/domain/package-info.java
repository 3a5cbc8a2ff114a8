/**
 * Observation entities and values: {@code Observation} (the aggregate: status, triage, office,
 * deadlines), its attachment and tracking code. An observation knows of its answer only the id
 * ({@code getAnswerId}, a read-only column): the {@code answer} feature's {@code Answer} owns the
 * link and moves its observations through {@code Observation.answerMoved}. Published to other
 * features: all of the above but {@code AttachmentType} and {@code AttachmentUpload} (see {@code
 * ArchitectureTest}). May use {@code consultation} and {@code staff} published domain types ({@code
 * Office}) and {@code shared}.
 */
package co.gov.icetex.participa.observation.domain;
