package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import java.time.LocalDate;

/**
 * The queue's filters; null means "any". {@code text} searches the observation's text, code and
 * author. {@code dueBy} keeps those due on or before that date. Without {@code campaignId} or
 * {@code text} a form-letter campaign takes one row (its representative); with {@code campaignId},
 * the queue lists that campaign's members, so the bulk actions apply to all of them.
 */
public record QueueFilter(
    Long consultationId,
    Long partId,
    ObservationStatus status,
    Long officeId,
    LocalDate dueBy,
    StakeholderGroup group,
    Channel channel,
    String text,
    Sort sort,
    Long campaignId) {

  public enum Sort {
    DUE,
    RECEIVED_NEWEST,
    RECEIVED_OLDEST
  }

  public static QueueFilter all() {
    return new QueueFilter(null, null, null, null, null, null, null, null, Sort.DUE, null);
  }
}
