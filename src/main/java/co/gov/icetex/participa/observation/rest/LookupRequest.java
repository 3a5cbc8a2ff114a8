package co.gov.icetex.participa.observation.rest;

/**
 * The body of {@code POST /api/v1/observations/lookup}: the e-mail is proof, never put in a URL.
 */
public record LookupRequest(String trackingCode, String email) {}
