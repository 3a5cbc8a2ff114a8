/**
 * {@code GET /api/v1/search}. May use {@code search}, {@code opendata}'s published answer JSON,
 * {@code shared.paging} and {@code shared}.
 */
package co.gov.icetex.participa.search.rest;
