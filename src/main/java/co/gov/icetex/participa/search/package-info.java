/**
 * Search across published consultations, their parts and published answers, in Spanish with accents
 * folded ("anticorrupcion" finds "anticorrupción"): {@code SearchText} folds, {@code SearchIndex}
 * keeps the folded copies in the {@code search_entry} table in step with the live tables, {@code
 * SearchService} queries and ranks; the page /buscar is in {@code web}, {@code GET /api/v1/search}
 * in {@code rest}. Only public content is ever indexed, and citizens' text only after {@code
 * PersonalData.redact}.
 */
package co.gov.icetex.participa.search;
