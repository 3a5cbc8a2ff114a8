/**
 * Paging and filter parsing for lists and APIs: {@code Paging} (the page and size query parameters,
 * page from 1, size bounded), {@code Paged} (one page of a longer list with the whole list's
 * length) and {@code Filters} (optional query filters: absent is no filter, unreadable is a 400).
 * Used by {@code opendata}, {@code search} and {@code statistics}; depends on no feature.
 */
package co.gov.icetex.participa.shared.paging;
