/**
 * Citizen observations: what a person sends about a consultation or one of its parts, its tracking
 * code, its attachment, the rules for accepting it (window, limits, abuse) and the public lookup of
 * its state, and the staff home that shows what has come in per consultation. It uses {@code
 * consultation} and {@code staff} (offices); moderation and answers build on this package, it does
 * not know about them.
 */
package co.gov.icetex.participa.observation;
