package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.campaign.domain.Campaign;
import co.gov.icetex.participa.campaign.domain.CampaignMember;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What staff see and do with campaigns: the list and a campaign's members (whoever works the
 * queue), splitting one off (moderators, who triage).
 */
@ApplicationScoped
@RequiresRole({Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
public class Campaigns {

  /** One campaign as a row: its count and its representative (earliest member) text. */
  public record CampaignRow(
      long id,
      long consultationId,
      int members,
      String representativeCode,
      String representativeText) {}

  public record Member(String trackingCode, String text, Instant receivedAt) {}

  public record CampaignDetail(CampaignRow campaign, List<Member> members) {
    public List<String> memberCodes() {
      return members.stream().map(Member::trackingCode).toList();
    }
  }

  @PersistenceContext(unitName = "participa")
  EntityManager em;

  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /** The campaigns in being, largest first. */
  @Transactional
  public List<CampaignRow> all() {
    return em
        .createQuery(
            "SELECT c, m FROM Campaign c, CampaignMember m WHERE m.id = c.representativeId AND c.memberCount >= :min"
                + " ORDER BY c.memberCount DESC, c.id",
            Object[].class)
        .setParameter("min", Campaign.MIN_MEMBERS)
        .getResultList()
        .stream()
        .map(r -> row((Campaign) r[0], (CampaignMember) r[1]))
        .toList();
  }

  @Transactional
  public Optional<CampaignDetail> find(long campaignId) {
    Campaign c = em.find(Campaign.class, campaignId);
    if (c == null || c.isEnded()) {
      return Optional.empty();
    }
    List<CampaignMember> members = membersOf(c);
    CampaignMember representative = em.find(CampaignMember.class, c.getRepresentativeId());
    return Optional.of(
        new CampaignDetail(
            row(c, representative),
            members.stream()
                .map(m -> new Member(m.getTrackingCode(), m.getText(), m.getReceivedAt()))
                .toList()));
  }

  /**
   * Takes an observation out of its campaign (it does not belong); audited. It stands alone from
   * now on and grouping never takes it again. Holds the consultation's grouping lock so that no
   * newcomer joins while the count changes.
   *
   * @return whether the campaign still exists (two members at least)
   */
  @Transactional
  @RequiresRole(Roles.MODERATOR)
  public boolean splitOff(long campaignId, String trackingCode) {
    Campaign c = em.find(Campaign.class, campaignId);
    if (c == null || c.isEnded()) {
      throw new IllegalArgumentException("no campaign " + campaignId);
    }
    CampaignGrouping.lock(em, c.getConsultationId());
    em.refresh(c);
    List<CampaignMember> members = membersOf(c);
    CampaignMember member =
        members.stream()
            .filter(m -> m.getTrackingCode().equals(trackingCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        trackingCode + " is not in campaign " + campaignId));
    String before = "campaign=" + campaignId + ", members=" + c.getMemberCount();
    var remaining = members.stream().filter(m -> m != member).toList();
    boolean stays = c.splitOff(member, remaining, clock.now());
    audit.record(
        caller.name(),
        "OBSERVATION_SPLIT_FROM_CAMPAIGN",
        "Observation",
        trackingCode,
        before,
        "campaign=none, members left=" + c.getMemberCount());
    return stays;
  }

  private List<CampaignMember> membersOf(Campaign c) {
    return em.createQuery(
            "SELECT m FROM CampaignMember m WHERE m.campaign = :c ORDER BY m.id",
            CampaignMember.class)
        .setParameter("c", c)
        .getResultList();
  }

  private static CampaignRow row(Campaign c, CampaignMember representative) {
    return new CampaignRow(
        c.getId(),
        c.getConsultationId(),
        c.getMemberCount(),
        representative.getTrackingCode(),
        representative.getText());
  }
}
