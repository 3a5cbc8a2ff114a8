package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.campaign.domain.Campaign;
import co.gov.icetex.participa.campaign.domain.CampaignDecision;
import co.gov.icetex.participa.campaign.domain.CampaignGrouper;
import co.gov.icetex.participa.campaign.domain.CampaignMember;
import co.gov.icetex.participa.campaign.domain.GroupedObservation;
import co.gov.icetex.participa.campaign.domain.TextFingerprint;
import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups the observations not grouped yet, one consultation and one batch per transaction, with
 * {@link CampaignGrouper}'s rule and candidates read from the database instead of a {@code
 * CandidateIndex} in memory: the consultation's {@code campaign_band} rows sharing one of the
 * newcomer's 32 band keys (one indexed lookup) name the distinct texts it may resemble, and one
 * grouped query over {@code ix_observation_exact_key} gives, per such text, one row per campaign
 * and the copies standing alone. So the work per newcomer does not grow with the size of a campaign
 * of identical copies, nor with the consultation.
 *
 * <p>Why a lock row per consultation: two copies of a letter grouped at once on two instances would
 * each see the other as not grouped yet and start two campaigns. The batch runs holding {@code
 * campaign_lock}'s row for its consultation ({@code SELECT … FOR UPDATE}), and reads its batch
 * under the lock, so an observation is grouped once whatever the number of instances.
 */
@ApplicationScoped
public class CampaignGrouping {

  @PersistenceContext(unitName = "participa")
  EntityManager em;

  @Inject AppClock clock;

  /** Consultations with observations still to group. */
  @Transactional
  public List<Long> consultationsToGroup() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT DISTINCT consultation_id FROM observation WHERE grouped_at IS NULL")
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Groups up to {@code limit} observations of the consultation, oldest first; returns how many.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int groupNext(long consultationId, int limit) {
    lock(em, consultationId);
    List<CampaignMember> batch =
        em.createQuery(
                "SELECT m FROM CampaignMember m WHERE m.groupedAt IS NULL AND m.consultationId = :c ORDER BY m.id",
                CampaignMember.class)
            .setParameter("c", consultationId)
            .setMaxResults(limit)
            .getResultList();
    Instant now = clock.now();
    for (CampaignMember newcomer : batch) {
      group(newcomer, now);
    }
    return batch.size();
  }

  /** Takes the consultation's grouping lock until the transaction ends (also for splitting off). */
  static void lock(EntityManager em, long consultationId) {
    em.createNativeQuery("INSERT IGNORE INTO campaign_lock (consultation_id) VALUES (?)")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery(
            "SELECT consultation_id FROM campaign_lock WHERE consultation_id = ? FOR UPDATE")
        .setParameter(1, consultationId)
        .getResultList();
  }

  private void group(CampaignMember newcomer, Instant now) {
    TextFingerprint fingerprint = newcomer.fingerprint();
    newcomer.fingerprinted(fingerprint, now);
    if (fingerprint.isBlank()) {
      return;
    }
    em.flush(); // the native queries below must see the batch's earlier newcomers
    long consultation = newcomer.getConsultationId();
    long[] bandKeys = fingerprint.bandKeys();
    Map<String, byte[]> texts = similarTexts(consultation, bandKeys);
    boolean firstCopy = !texts.containsKey(fingerprint.exactKey());
    texts.put(
        fingerprint.exactKey(),
        fingerprint.hasSignature() ? fingerprint.signature().toBytes() : null);
    CampaignDecision decision =
        CampaignGrouper.decide(newcomer.getId(), fingerprint, candidates(consultation, texts));
    if (firstCopy) {
      storeBands(consultation, newcomer.getId(), bandKeys);
    }
    if (decision instanceof CampaignDecision.Start start) {
      var members = new ArrayList<CampaignMember>();
      start.aloneJoining().forEach(id -> members.add(em.find(CampaignMember.class, id)));
      members.add(newcomer);
      em.persist(Campaign.start(members, now));
    } else if (decision instanceof CampaignDecision.Join join) {
      Campaign campaign = em.find(Campaign.class, join.campaignId());
      campaign.join(newcomer);
      join.aloneJoining().forEach(id -> campaign.join(em.find(CampaignMember.class, id)));
      // Other campaigns it also resembles are not merged: one may already have its answer; staff
      // decide.
    }
  }

  /**
   * The distinct texts (exact key and stored signature) whose first copy shares a band key with the
   * newcomer. Identical texts share all band keys, so the newcomer's own key is among them if an
   * earlier copy with a signature exists.
   */
  private Map<String, byte[]> similarTexts(long consultation, long[] bandKeys) {
    var texts = new HashMap<String, byte[]>();
    if (bandKeys.length == 0) {
      return texts;
    }
    String keys = Arrays.stream(bandKeys).mapToObj(Long::toString).collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT o.exact_key, o.signature FROM campaign_band b JOIN observation o ON o.id = b.observation_id"
                    + " WHERE b.consultation_id = ? AND b.band_key IN ("
                    + keys
                    + ")")
            .setParameter(1, consultation)
            .getResultList();
    for (Object[] row : rows) {
      texts.put((String) row[0], (byte[]) row[1]);
    }
    return texts;
  }

  /**
   * The grouped observations with one of these texts, excluding those staff split off: per text,
   * one row per campaign (its lowest id: the grouper needs one, and copies in one campaign all say
   * the same) and every copy standing alone.
   */
  private List<GroupedObservation> candidates(long consultation, Map<String, byte[]> texts) {
    var keys = new ArrayList<>(texts.keySet());
    String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
    var query =
        em.createNativeQuery(
            "SELECT MIN(o.id), o.exact_key, o.campaign_id FROM observation o"
                + " WHERE o.consultation_id = ? AND o.exact_key IN ("
                + marks
                + ") AND o.campaign_id IS NOT NULL"
                + " GROUP BY o.exact_key, o.campaign_id"
                + " UNION ALL SELECT o.id, o.exact_key, NULL FROM observation o"
                + " WHERE o.consultation_id = ? AND o.exact_key IN ("
                + marks
                + ") AND o.campaign_id IS NULL"
                + " AND o.split_off_at IS NULL");
    int p = 1;
    query.setParameter(p++, consultation);
    for (String k : keys) {
      query.setParameter(p++, k);
    }
    query.setParameter(p++, consultation);
    for (String k : keys) {
      query.setParameter(p++, k);
    }
    var candidates = new ArrayList<GroupedObservation>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      String key = (String) row[1];
      Long campaign = row[2] == null ? null : ((Number) row[2]).longValue();
      candidates.add(
          new GroupedObservation(
              ((Number) row[0]).longValue(),
              TextFingerprint.restore(key, texts.get(key)),
              campaign));
    }
    return candidates;
  }

  private void storeBands(long consultation, long observationId, long[] bandKeys) {
    for (int band = 0; band < bandKeys.length; band++) {
      em.createNativeQuery(
              "INSERT IGNORE INTO campaign_band (consultation_id, band_key, band, observation_id) VALUES (?, ?, ?, ?)")
          .setParameter(1, consultation)
          .setParameter(2, bandKeys[band])
          .setParameter(3, band)
          .setParameter(4, observationId)
          .executeUpdate();
    }
  }
}
