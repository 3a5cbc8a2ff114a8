/**
 * The public pages of consultations: home, catalogue, one consultation with its outline, and its
 * final version. Thin backing beans over {@code consultation.application}; may use {@code shared}.
 */
package co.gov.icetex.participa.consultation.web;
