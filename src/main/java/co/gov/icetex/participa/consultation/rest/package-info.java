/**
 * {@code GET /api/v1/consultations}: the public catalogue and one consultation (with its final
 * version) as JSON. May use {@code consultation.application}, {@code consultation.domain} and
 * {@code shared}.
 */
package co.gov.icetex.participa.consultation.rest;
