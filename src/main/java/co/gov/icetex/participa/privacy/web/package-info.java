/**
 * The administrators' page for habeas data requests. Thin over {@code privacy.application}; may use
 * {@code staff.application} and {@code shared}.
 */
package co.gov.icetex.participa.privacy.web;
