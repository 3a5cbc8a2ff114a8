package co.gov.icetex.participa.consultation.domain;

import java.io.Serializable;

/**
 * One changed text in a correction. {@code field} is {@code title}, {@code summary} (the
 * consultation's), {@code numberLabel}, {@code body} or {@code cell} (a part's; {@code cell} names
 * the column in {@code cellLabel}); {@code partId} and {@code partLabel} say which part, null for
 * the consultation's own texts. Before and after are the full texts, so the history shows what was
 * read.
 */
public record RevisionChange(
    String field, Long partId, String partLabel, String cellLabel, String before, String after)
    implements Serializable {}
