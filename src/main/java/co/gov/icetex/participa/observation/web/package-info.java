/**
 * The citizen's pages: the observation form, the receipt and the lookup; and the staff home ({@code
 * DashboardBacking}, what has come in per consultation), which is here because it shows
 * observation's intake figures. May use {@code observation.application}, {@code
 * consultation.application} and {@code shared}.
 */
package co.gov.icetex.participa.observation.web;
