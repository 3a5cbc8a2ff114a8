/**
 * The answer feature's own entities: {@code AnswerTemplate}, the reusable texts staff start an
 * answer from. Nothing here is published to other features. May use {@code observation.domain}
 * (outcomes) and {@code shared}.
 */
package co.gov.icetex.participa.answer.domain;
