package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import java.time.Instant;
import java.time.LocalDate;

/** One observation as the queue lists it. */
public record QueueRow(
    String trackingCode,
    String consultationTitle,
    String partLabel,
    String excerpt,
    ObservationStatus status,
    StakeholderGroup group,
    Channel channel,
    String officeName,
    Instant receivedAt,
    LocalDate dueDate,
    boolean overdue) {

  private static final int EXCERPT = 160;

  static QueueRow of(Observation o, LocalDate today) {
    String text = o.getText();
    return new QueueRow(
        o.getTrackingCode(),
        o.getConsultation().getTitle(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…",
        o.getStatus(),
        o.getStakeholderGroup(),
        o.getChannel(),
        o.getOffice() == null ? null : o.getOffice().getName(),
        o.getReceivedAt(),
        o.effectiveDueDate(),
        o.isOverdueOn(today));
  }
}
