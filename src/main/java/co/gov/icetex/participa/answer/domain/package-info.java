/**
 * The answer feature's entities: {@code Answer} (one answer for one observation or a group of
 * similar ones, its state machine drafted → approved or returned → published, four eyes on
 * approval), {@code AnswerStatus}, {@code AnswerOutcome} and {@code AnswerTemplate}, the reusable
 * texts staff start an answer from. {@code Answer} owns the link to its observations (it writes
 * {@code observation.answer_id}) and moves them through their states with {@code
 * Observation.answerMoved}; the observation keeps only the answer's id, so answering builds on
 * observations and never the reverse. Published to other features: {@code Answer}, {@code
 * AnswerStatus} and {@code AnswerOutcome} (see {@code ArchitectureTest}); {@code AnswerTemplate} is
 * offered only as {@code AnswerTemplates.TemplateChoice} values. May use {@code observation},
 * {@code consultation} and {@code staff} published domain types ({@code Office}) and {@code
 * shared}.
 */
package co.gov.icetex.participa.answer.domain;
