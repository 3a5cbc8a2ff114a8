/**
 * Citizen observations: what a person sends about a consultation or one of its parts, its tracking
 * code, its attachment, the rules for accepting it (window, limits, abuse) and the public lookup of its
 * state. Moderation and answers build on this package; it does not know about them.
 */
package co.gov.icetex.participa.observation;
