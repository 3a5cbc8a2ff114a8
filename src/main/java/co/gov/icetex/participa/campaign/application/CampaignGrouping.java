package co.gov.icetex.participa.campaign.application;

import co.gov.icetex.participa.campaign.domain.Campaign;
import co.gov.icetex.participa.campaign.domain.CampaignDecision;
import co.gov.icetex.participa.campaign.domain.CampaignGrouper;
import co.gov.icetex.participa.campaign.domain.CampaignMember;
import co.gov.icetex.participa.campaign.domain.CandidateIndex;
import co.gov.icetex.participa.campaign.domain.GroupedObservation;
import co.gov.icetex.participa.campaign.domain.TextFingerprint;
import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the observations not grouped yet, one consultation and one batch per transaction, with
 * {@link CampaignGrouper}'s rule and the candidates a {@link CandidateIndex} of the consultation's
 * grouped observations finds for each newcomer. The index is read from the database (exact key,
 * signature and campaign of every grouped observation, one query) the first time, then kept between
 * batches by {@link CandidateIndexes} as long as nothing else grouped or split off in that
 * consultation: the next batch only adds its newcomers to it.
 *
 * <p>Why a lock row per consultation: two copies of a letter grouped at once on two instances would
 * each see the other as not grouped yet and start two campaigns. The batch runs holding {@code
 * campaign_lock}'s row for its consultation ({@code SELECT … FOR UPDATE}), and reads its batch
 * under the lock, so an observation is grouped once whatever the number of instances. Taking the
 * lock moves the row's version on, which is how a kept index knows whether it is still the
 * database's picture.
 */
@ApplicationScoped
public class CampaignGrouping {

  @PersistenceContext(unitName = "participa")
  EntityManager em;

  @Inject AppClock clock;
  @Inject CandidateIndexes indexes;

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
   *
   * <p>The whole batch is decided in memory: each newcomer against the index's candidates, then
   * added to the index (so that the next one sees it, as the database would), the members' updates
   * batched at commit. Deciding one newcomer at a time against the database took 190 s for the
   * 10,000 observations of {@code src/bench/campaign-bench.sh} on a shared, overloaded 2-core
   * machine; looking the candidates up in a table of LSH band keys (32 rows per distinct text)
   * still spent two thirds of the time writing and reading those rows; the figures are in that
   * benchmark's section of {@code src/bench/README.md}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int groupNext(long consultationId, int limit) {
    long version = lock(em, consultationId);
    List<CampaignMember> batch =
        em.createQuery(
                "SELECT m FROM CampaignMember m WHERE m.groupedAt IS NULL AND m.consultationId = :c ORDER BY m.id",
                CampaignMember.class)
            .setParameter("c", consultationId)
            .setMaxResults(limit)
            .getResultList();
    if (batch.isEmpty()) {
      // Nothing changes: an index kept at the version before still shows the database.
      indexes
          .take(consultationId, version - 1)
          .ifPresent(kept -> indexes.keepAfterCommit(consultationId, version, kept));
      return 0;
    }
    CandidateIndex index =
        indexes.take(consultationId, version - 1).orElseGet(() -> read(consultationId));
    Instant now = clock.now();
    for (CampaignMember newcomer : batch) {
      TextFingerprint fingerprint = newcomer.fingerprint();
      newcomer.fingerprinted(fingerprint, now);
      if (fingerprint.isBlank()) {
        continue;
      }
      CampaignDecision decision =
          CampaignGrouper.decide(newcomer.getId(), fingerprint, index.candidatesFor(fingerprint));
      Long campaignId = apply(newcomer, decision, now, index);
      index.add(new GroupedObservation(newcomer.getId(), fingerprint, campaignId));
    }
    indexes.keepAfterCommit(consultationId, version, index);
    return batch.size();
  }

  /** Carries out a decision; returns the newcomer's campaign, if any. */
  private Long apply(
      CampaignMember newcomer, CampaignDecision decision, Instant now, CandidateIndex index) {
    Campaign campaign;
    List<Long> aloneJoining;
    if (decision instanceof CampaignDecision.Start start) {
      aloneJoining = start.aloneJoining();
      var members = new ArrayList<CampaignMember>();
      aloneJoining.forEach(id -> members.add(em.find(CampaignMember.class, id)));
      members.add(newcomer);
      campaign = Campaign.start(members, now);
      em.persist(campaign);
      em.flush(); // its id: later newcomers of the batch may join it
    } else if (decision instanceof CampaignDecision.Join join) {
      aloneJoining = join.aloneJoining();
      campaign = em.find(Campaign.class, join.campaignId());
      campaign.join(newcomer);
      for (long id : aloneJoining) {
        campaign.join(em.find(CampaignMember.class, id));
      }
      // Other campaigns it also resembles are not merged: one may already have its answer; staff
      // decide.
    } else {
      return null;
    }
    for (long id : aloneJoining) {
      index.assign(id, campaign.getId());
    }
    return campaign.getId();
  }

  /**
   * Takes the consultation's grouping lock until the transaction ends (also for splitting off) and
   * moves its version on: whoever holds the lock may change who is grouped with whom. Returns the
   * new version.
   */
  static long lock(EntityManager em, long consultationId) {
    em.createNativeQuery("INSERT IGNORE INTO campaign_lock (consultation_id) VALUES (?)")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery("UPDATE campaign_lock SET version = version + 1 WHERE consultation_id = ?")
        .setParameter(1, consultationId)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT version FROM campaign_lock WHERE consultation_id = ?")
                .setParameter(1, consultationId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The index of the consultation's grouped observations as stored, excluding those staff split off
   * (they stand alone and are never grouped again).
   */
  private CandidateIndex read(long consultation) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, exact_key, signature, campaign_id FROM observation"
                    + " WHERE consultation_id = ? AND grouped_at IS NOT NULL AND exact_key IS NOT NULL"
                    + " AND (campaign_id IS NOT NULL OR split_off_at IS NULL) ORDER BY id")
            .setParameter(1, consultation)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    var index = new CandidateIndex();
    for (Object[] row : rows) {
      index.add(
          new GroupedObservation(
              ((Number) row[0]).longValue(),
              TextFingerprint.restore((String) row[1], (byte[]) row[2]),
              row[3] == null ? null : ((Number) row[3]).longValue()));
    }
    return index;
  }
}
