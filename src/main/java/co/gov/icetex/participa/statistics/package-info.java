/**
 * Public participation statistics across consultations and years: observations by consultation
 * type, stakeholder group, department, channel and year, and how many published answers came on
 * time. Figures are computed by aggregate queries on the live tables (nothing is loaded row by row,
 * nothing is kept in memory between requests); the page /estadisticas and {@code GET
 * /api/v1/statistics} show them and the statistics dataset gives the same figures as CSV or JSON.
 */
package co.gov.icetex.participa.statistics;
