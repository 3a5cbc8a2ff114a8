/**
 * The read-only public API over published answers and the datasets ({@code GET /api/v1/answers},
 * {@code /api/v1/datasets}), its home document and the OpenAPI filter. May use {@code opendata},
 * {@code statistics}, {@code shared.paging} and the rest of {@code shared}.
 */
package co.gov.icetex.participa.opendata.rest;
