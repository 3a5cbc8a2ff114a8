package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationNotice;
import co.gov.icetex.participa.consultation.domain.NoticeKind;
import java.io.Serializable;
import java.time.Instant;

/** A public notice of a changed window, as pages show it (without who wrote it). */
public record NoticeView(
    NoticeKind kind, String text, Instant at, Instant previousClosesAt, Instant newClosesAt)
    implements Serializable {

  static NoticeView of(ConsultationNotice n) {
    return new NoticeView(
        n.getKind(), n.getText(), n.getCreatedAt(), n.getPreviousClosesAt(), n.getNewClosesAt());
  }
}
