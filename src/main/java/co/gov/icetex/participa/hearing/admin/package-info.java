/**
 * The staff page that edits a hearing, its agenda and materials and publishes its memoria. Thin
 * over {@code hearing.application}; may use {@code staff.application} and {@code shared}.
 */
package co.gov.icetex.participa.hearing.admin;
