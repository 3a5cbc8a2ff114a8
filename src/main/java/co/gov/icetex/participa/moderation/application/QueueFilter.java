package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import java.time.LocalDate;
import java.util.Set;

/**
 * The queue's filters; null (or an empty set of states) means "any". {@code needsAction} keeps only
 * what waits on the signed-in person ({@link NeedsAction}), on top of the other filters. {@code
 * text} searches the observation's text, code and author. {@code dueBy} keeps those due on or
 * before that date. Without {@code campaignId} or {@code text} a form-letter campaign takes one row
 * (its representative); with {@code campaignId}, the queue lists that campaign's members, so the
 * bulk actions apply to all of them.
 */
public record QueueFilter(
    Long consultationId,
    Long partId,
    Set<ObservationStatus> statuses,
    boolean needsAction,
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

  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? Sort.DUE : sort;
  }

  public static QueueFilter all() {
    return new QueueFilter(null, null, Set.of(), false, null, null, null, null, null, null, null);
  }

  /** The same filters, keeping only what waits on the signed-in person. */
  public QueueFilter needingAction() {
    return new QueueFilter(
        consultationId,
        partId,
        statuses,
        true,
        officeId,
        dueBy,
        group,
        channel,
        text,
        sort,
        campaignId);
  }
}
