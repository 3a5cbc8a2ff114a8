package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.campaign.domain.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What other features ask of campaigns by tracking code: the staff queue (one row per campaign, its
 * members as a filter), the review page (the members pre-selected for a group answer), the report
 * and the statistics. Tracking codes and counts only: the report already shows them to everyone.
 */
@ApplicationScoped
public class CampaignDirectory {

  /**
   * A JPQL subquery of the ids of campaign members other than their campaign's representative: the
   * queue leaves them out so that a campaign takes one row. (JPQL over this feature's entities,
   * given here so that the rule of who represents a campaign stays in one place.)
   */
  public static final String FOLLOWERS_JPQL =
      "SELECT cm.id FROM CampaignMember cm JOIN cm.campaign cc WHERE cm.id <> cc.representativeId";

  /**
   * A JPQL subquery of the ids of one campaign's members, the campaign as parameter {@code
   * :campaign}.
   */
  public static final String MEMBERS_JPQL =
      "SELECT cm.id FROM CampaignMember cm WHERE cm.campaign.id = :campaign";

  /** A campaign as one observation's row shows it. */
  public record Summary(long campaignId, int members, String representativeCode) {}

  @PersistenceContext(unitName = "participa")
  EntityManager em;

  /** The campaign of each of these observations that belongs to one. */
  @Transactional
  public Map<String, Summary> campaignsOf(Collection<String> trackingCodes) {
    var found = new HashMap<String, Summary>();
    if (trackingCodes.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.trackingCode, c, r.trackingCode FROM CampaignMember m JOIN m.campaign c, CampaignMember r"
                    + " WHERE r.id = c.representativeId AND m.trackingCode IN :codes AND c.memberCount >= :min",
                Object[].class)
            .setParameter("codes", trackingCodes)
            .setParameter("min", Campaign.MIN_MEMBERS)
            .getResultList();
    for (Object[] row : rows) {
      Campaign c = (Campaign) row[1];
      found.put((String) row[0], new Summary(c.getId(), c.getMemberCount(), (String) row[2]));
    }
    return found;
  }

  /**
   * The tracking codes of the members of the campaign this observation belongs to (itself
   * included), oldest first.
   */
  @Transactional
  public List<String> fellowMembers(String trackingCode) {
    return em.createQuery(
            "SELECT m.trackingCode FROM CampaignMember m, CampaignMember o"
                + " WHERE o.trackingCode = :code AND m.campaign = o.campaign ORDER BY m.id",
            String.class)
        .setParameter("code", trackingCode)
        .getResultList();
  }

  /**
   * The members of the campaigns these observations represent, by representative, oldest first and
   * the representative included; observations representing no campaign are left out. Open data
   * shows a campaign once, as its representative with the others' codes.
   */
  @Transactional
  public Map<String, List<String>> membersRepresentedBy(Collection<String> trackingCodes) {
    var found = new LinkedHashMap<String, List<String>>();
    if (trackingCodes.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.trackingCode, m.trackingCode FROM CampaignMember m JOIN m.campaign c, CampaignMember r"
                    + " WHERE r.id = c.representativeId AND r.trackingCode IN :codes AND c.memberCount >= :min"
                    + " ORDER BY m.id",
                Object[].class)
            .setParameter("codes", trackingCodes)
            .setParameter("min", Campaign.MIN_MEMBERS)
            .getResultList();
    for (Object[] row : rows) {
      found.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    return found;
  }

  /** The tracking codes of a campaign's members, oldest first. */
  @Transactional
  public List<String> memberCodes(long campaignId) {
    return em.createQuery(
            "SELECT m.trackingCode FROM CampaignMember m WHERE m.campaign.id = :c ORDER BY m.id",
            String.class)
        .setParameter("c", campaignId)
        .getResultList();
  }
}
