/**
 * The public pages of consultations: home, catalogue, one consultation with its outline (and the
 * link to its final version, through {@code FinalVersionLinks}). Thin backing beans over {@code
 * consultation.application}; may use {@code shared}.
 */
package co.gov.icetex.participa.consultation.web;
