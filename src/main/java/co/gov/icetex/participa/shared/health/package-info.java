/**
 * Whether this instance can serve: MicroProfile Health checks (Payara Micro serves them at {@code
 * /health/ready} and {@code /health/live}) and the readiness state the web tier consults on each
 * request, so that an instance that lost its database answers a clear 503 instead of failing
 * half-way.
 */
package co.gov.icetex.participa.shared.health;
