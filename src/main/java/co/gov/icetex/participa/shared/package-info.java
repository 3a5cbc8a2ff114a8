/**
 * What every feature shares: configuration, the clock, persistence helpers, the REST application
 * and its error mapping, request guards and Faces helpers. Depends on no feature package.
 */
package co.gov.icetex.participa.shared;
