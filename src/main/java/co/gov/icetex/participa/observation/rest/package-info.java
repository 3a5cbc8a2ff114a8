/**
 * {@code POST /api/v1/observations} (JSON or multipart with an attachment, with an {@code
 * Idempotency-Key}) and the public lookup by tracking code. May use {@code
 * observation.application}, {@code observation.domain} and {@code shared}.
 */
package co.gov.icetex.participa.observation.rest;
