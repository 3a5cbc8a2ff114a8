/**
 * {@code GET /api/v1/statistics}. May use {@code statistics}, {@code shared.paging} and {@code
 * shared}.
 */
package co.gov.icetex.participa.statistics.rest;
