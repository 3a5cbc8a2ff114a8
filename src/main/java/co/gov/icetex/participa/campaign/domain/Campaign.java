package co.gov.icetex.participa.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A form-letter campaign: at least two observations of one consultation grouped by {@link
 * CampaignGrouper}, shown to staff as one row with its count and a representative text (its
 * earliest member still in it). The count is kept here with every join and split so that queue and
 * report need no counting query; the members carry the link ({@link CampaignMember#getCampaign()}).
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  /** Fewer members than this and there is no campaign: the last one stands alone again. */
  public static final int MIN_MEMBERS = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id", nullable = false)
  private Long consultationId;

  @Column(name = "representative_id", nullable = false)
  private Long representativeId;

  @Column(name = "member_count", nullable = false)
  private int memberCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Campaign() {}

  /**
   * Starts a campaign with {@code first} and those it resembles, all of one consultation, standing
   * alone.
   */
  public static Campaign start(List<CampaignMember> members, Instant now) {
    if (members.size() < MIN_MEMBERS) {
      throw new IllegalArgumentException(
          "a campaign starts with at least " + MIN_MEMBERS + " observations");
    }
    var c = new Campaign();
    c.consultationId = members.get(0).getConsultationId();
    c.createdAt = Objects.requireNonNull(now);
    for (CampaignMember m : members) {
      c.join(m);
    }
    return c;
  }

  /** Takes in an observation of its consultation that stands alone (not one staff split off). */
  public void join(CampaignMember member) {
    if (!Objects.equals(member.getConsultationId(), consultationId)) {
      throw new IllegalArgumentException("the observation belongs to another consultation");
    }
    if (member.getCampaign() != null) {
      throw new IllegalStateException("already in a campaign: " + member.getTrackingCode());
    }
    if (member.isSplitOff()) {
      throw new IllegalStateException(
          "split off by staff, it stands alone: " + member.getTrackingCode());
    }
    member.joined(this);
    memberCount++;
    if (representativeId == null || member.getId() < representativeId) {
      representativeId = member.getId();
    }
  }

  /**
   * Staff take out a member that does not belong; it stands alone from now on and is never grouped
   * again. {@code remaining} are the other members (ascending ids): the earliest becomes the
   * representative if the member was it; with one left the campaign ends and that one stands alone.
   *
   * @return whether the campaign still exists
   */
  public boolean splitOff(CampaignMember member, List<CampaignMember> remaining, Instant now) {
    if (member.getCampaign() != this) {
      throw new IllegalArgumentException(
          "not a member of this campaign: " + member.getTrackingCode());
    }
    if (remaining.size() != memberCount - 1
        || remaining.contains(member)
        || remaining.stream().anyMatch(m -> m.getCampaign() != this)) {
      throw new IllegalArgumentException("the remaining members do not match the campaign");
    }
    member.splitOff(now);
    memberCount--;
    if (memberCount < MIN_MEMBERS) {
      remaining.forEach(CampaignMember::released);
      memberCount = 0;
      return false;
    }
    representativeId = remaining.stream().mapToLong(CampaignMember::getId).min().orElseThrow();
    return true;
  }

  public boolean isEnded() {
    return memberCount == 0;
  }

  public Long getId() {
    return id;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public Long getRepresentativeId() {
    return representativeId;
  }

  public int getMemberCount() {
    return memberCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
