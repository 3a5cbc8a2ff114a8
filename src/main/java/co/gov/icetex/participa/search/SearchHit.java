package co.gov.icetex.participa.search;

import co.gov.icetex.participa.opendata.PublishedAnswer;

/**
 * One search result. {@code url} is relative to the site root and leads to the exact place: the
 * consultation, or the part's anchor on the consultation page ({@code consulta?c=slug#parte-id}).
 * {@code answer} is set for published answers only.
 */
public record SearchHit(
    SearchKind kind,
    String consultationSlug,
    String consultationTitle,
    Long partId,
    String title,
    String excerpt,
    String url,
    PublishedAnswer answer) {}
