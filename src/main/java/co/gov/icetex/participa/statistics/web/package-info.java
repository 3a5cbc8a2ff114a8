/**
 * The page /estadisticas. Thin over {@code statistics}; may use {@code consultation}'s published
 * domain types and catalogue.
 */
package co.gov.icetex.participa.statistics.web;
