/**
 * The REST application ({@code /api/v1}), the mapping of exceptions to JSON errors with Spanish
 * messages, {@code Content-Disposition} headers and the health resource. Depends on no feature.
 */
package co.gov.icetex.participa.shared.rest;
