package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;

/** A consultation as the catalogue lists it, with its phase and days left at the time of reading. */
public record ConsultationSummary(
    String slug,
    String title,
    ConsultationType type,
    ConsultationPhase phase,
    int year,
    String office,
    String summary,
    Instant opensAt,
    Instant closesAt,
    long daysLeft) {

  public static ConsultationSummary of(Consultation c, Instant now) {
    return new ConsultationSummary(
        c.getSlug(),
        c.getTitle(),
        c.getType(),
        c.phaseAt(now),
        c.getYear(),
        c.getOffice(),
        c.getSummary(),
        c.getWindow().getOpensAt(),
        c.getWindow().getClosesAt(),
        c.getWindow().daysLeftAt(now));
  }

  public boolean isOpen() {
    return phase == ConsultationPhase.OPEN;
  }
}
