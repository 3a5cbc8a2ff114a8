/**
 * The staff sign-in, password and administration pages (accounts, offices, audit trail), the
 * authentication mechanism and session guard. Thin over {@code staff.application}; may use {@code
 * shared}.
 */
package co.gov.icetex.participa.staff.web;
