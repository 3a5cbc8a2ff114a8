/**
 * Faces and servlet helpers every page uses: security headers and per-response script nonces,
 * cross-site request refusal, the micro-cache of public pages, HTTP caching and versioned resource
 * URLs, readiness and database-outage gates, error pages, forwarded headers, formats and page
 * helpers. Depends on no feature.
 */
package co.gov.icetex.participa.shared.web;
