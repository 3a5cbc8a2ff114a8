package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;

/**
 * A consultation as the catalogue lists it, with its phase and days left at the time of reading.
 */
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
    return of(
        c.getSlug(),
        c.getTitle(),
        c.getType(),
        c.getYear(),
        c.getOffice(),
        c.getSummary(),
        c.getWindow(),
        now);
  }

  /** The summary at {@code now}: phase and days left follow from the window and the time. */
  static ConsultationSummary of(
      String slug,
      String title,
      ConsultationType type,
      int year,
      String office,
      String summary,
      CommentWindow window,
      Instant now) {
    return new ConsultationSummary(
        slug,
        title,
        type,
        window.phaseAt(now),
        year,
        office,
        summary,
        window.getOpensAt(),
        window.getClosesAt(),
        window.daysLeftAt(now));
  }

  public boolean isOpen() {
    return phase == ConsultationPhase.OPEN;
  }
}
