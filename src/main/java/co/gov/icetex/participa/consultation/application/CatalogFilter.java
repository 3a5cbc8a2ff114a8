package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;

/** Optional criteria for the public catalogue; a null criterion does not filter. */
public record CatalogFilter(ConsultationPhase phase, ConsultationType type, Integer year) {

  public static CatalogFilter none() {
    return new CatalogFilter(null, null, null);
  }

  public boolean matches(ConsultationSummary summary) {
    return (phase == null || summary.phase() == phase)
        && (type == null || summary.type() == type)
        && (year == null || summary.year() == year);
  }
}
