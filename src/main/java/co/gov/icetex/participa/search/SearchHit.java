package co.gov.icetex.participa.search;

import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.opendata.PublishedAnswer;
import java.time.Instant;

/**
 * One search result. {@code url} is relative to the site root and leads to the exact place: the
 * consultation, or the part's anchor on the consultation page ({@code consulta?c=slug#parte-id}).
 * {@code answer} is set for published answers only; {@code phase} and {@code closesAt} (the
 * consultation's, at the time of the search) for consultations and their parts.
 */
public record SearchHit(
    SearchKind kind,
    String consultationSlug,
    String consultationTitle,
    Long partId,
    String title,
    String excerpt,
    String url,
    PublishedAnswer answer,
    ConsultationPhase phase,
    Instant closesAt) {

  /** Whether the result is a consultation, or a part of one, that takes observations now. */
  public boolean isOpen() {
    return phase == ConsultationPhase.OPEN;
  }
}
