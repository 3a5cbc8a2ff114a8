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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Groups the observations not grouped yet, one consultation and one batch per transaction, with
 * {@link CampaignGrouper}'s rule and candidates read from the database: the consultation's {@code
 * campaign_band} rows sharing one of the newcomers' 32 band keys name the distinct texts they may
 * resemble, and one grouped query over {@code ix_observation_exact_key} gives, per such text, one
 * row per campaign and the copies standing alone. So the work per newcomer does not grow with the
 * size of a campaign of identical copies, nor with the consultation.
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
   *
   * <p>The whole batch is decided in memory against the candidates read for it at once: one lookup
   * of the band keys of all its newcomers, one query of the copies of those texts, a {@link
   * CandidateIndex} over them to which each newcomer is added once decided (so that the next one
   * sees it, as the database would), then the new band rows in one insert and the members' updates
   * batched at commit. Deciding one newcomer at a time against the database (a flush, two queries
   * and 32 single-row inserts each) took 190 s for the 10,000 observations of {@code
   * src/bench/campaign-bench.sh} on a shared, overloaded 2-core machine, 85 s once batched; the
   * measured figures since are in that benchmark's section of {@code src/bench/README.md}.
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
    if (batch.isEmpty()) {
      return 0;
    }
    Instant now = clock.now();
    var prints = new ArrayList<TextFingerprint>(batch.size());
    for (CampaignMember newcomer : batch) {
      TextFingerprint fingerprint = newcomer.fingerprint();
      newcomer.fingerprinted(fingerprint, now);
      prints.add(fingerprint);
    }
    Map<String, byte[]> texts = similarTexts(consultationId, prints);
    Set<String> textsWithBands = new HashSet<>(texts.keySet());
    prints.stream()
        .filter(f -> !f.isBlank())
        .forEach(f -> texts.putIfAbsent(f.exactKey(), signatureOf(f)));
    var index = new CandidateIndex();
    candidates(consultationId, texts).forEach(index::add);
    var bands = new ArrayList<long[]>();
    for (int i = 0; i < batch.size(); i++) {
      CampaignMember newcomer = batch.get(i);
      TextFingerprint fingerprint = prints.get(i);
      if (fingerprint.isBlank()) {
        continue;
      }
      if (fingerprint.hasSignature() && textsWithBands.add(fingerprint.exactKey())) {
        long[] keys = fingerprint.bandKeys();
        for (int band = 0; band < keys.length; band++) {
          bands.add(new long[] {keys[band], band, newcomer.getId()});
        }
      }
      CampaignDecision decision =
          CampaignGrouper.decide(newcomer.getId(), fingerprint, index.candidatesFor(fingerprint));
      Long campaignId = apply(newcomer, decision, now, index);
      index.add(new GroupedObservation(newcomer.getId(), fingerprint, campaignId));
    }
    storeBands(consultationId, bands);
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

  /**
   * The distinct texts (exact key and stored signature) whose first copy shares a band key with one
   * of the newcomers. Identical texts share all band keys, so a newcomer's own key is among them if
   * an earlier copy with a signature exists.
   */
  private Map<String, byte[]> similarTexts(long consultation, List<TextFingerprint> newcomers) {
    var keys = new LinkedHashSet<Long>();
    newcomers.forEach(f -> Arrays.stream(f.bandKeys()).forEach(keys::add));
    var texts = new HashMap<String, byte[]>();
    if (keys.isEmpty()) {
      return texts;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT o.exact_key, o.signature FROM JSON_TABLE(?, '$[*]' COLUMNS (k BIGINT PATH '$')) j"
                    + " JOIN campaign_band b ON b.consultation_id = ? AND b.band_key = j.k"
                    + " JOIN observation o ON o.id = b.observation_id")
            .setParameter(1, jsonArray(keys.stream().map(k -> quoted(k.toString()))))
            .setParameter(2, consultation)
            .setFlushMode(FlushModeType.COMMIT)
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
    var candidates = new ArrayList<GroupedObservation>();
    if (texts.isEmpty()) {
      return candidates;
    }
    String keys = jsonArray(texts.keySet().stream().map(CampaignGrouping::quoted));
    // The keys are ASCII (hex digits), so the column of the JSON table compares with exact_key in
    // its own collation and its index is used.
    String matching =
        " FROM JSON_TABLE(?, '$[*]' COLUMNS (k CHAR(64) CHARACTER SET ascii PATH '$')) j"
            + " JOIN observation o ON o.consultation_id = ? AND o.exact_key = j.k";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT MIN(o.id), o.exact_key, o.campaign_id"
                    + matching
                    + " WHERE o.campaign_id IS NOT NULL GROUP BY o.exact_key, o.campaign_id"
                    + " UNION ALL SELECT o.id, o.exact_key, NULL"
                    + matching
                    + " WHERE o.campaign_id IS NULL AND o.split_off_at IS NULL AND o.grouped_at IS NOT NULL")
            .setParameter(1, keys)
            .setParameter(2, consultation)
            .setParameter(3, keys)
            .setParameter(4, consultation)
            // The batch's own newcomers are not candidates yet: they are added as they are decided.
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
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

  /** The band rows ({key, band, observation id}) of the batch's new texts, in one statement. */
  private void storeBands(long consultation, List<long[]> bands) {
    if (bands.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "INSERT IGNORE INTO campaign_band (consultation_id, band_key, band, observation_id)"
                + " SELECT ?, j.k, j.b, j.o FROM JSON_TABLE(?, '$[*]' COLUMNS"
                + " (k BIGINT PATH '$[0]', b TINYINT PATH '$[1]', o BIGINT PATH '$[2]')) j")
        .setParameter(1, consultation)
        .setParameter(
            2,
            jsonArray(
                bands.stream()
                    .map(r -> "[" + quoted(Long.toString(r[0])) + "," + r[1] + "," + r[2] + "]")))
        .executeUpdate();
  }

  /**
   * A JSON array, the one parameter that carries a batch's keys or rows: a statement of constant
   * text whatever the batch. (Thousands of bind parameters made EclipseLink compare each with every
   * other, and thousands of values written into the statement made the driver parse it character by
   * character: together two thirds of the grouping thread's samples.) Band keys are written as JSON
   * strings: as numbers, values beyond 2⁵³ could lose digits on the way.
   */
  private static String jsonArray(Stream<String> elements) {
    return elements.collect(Collectors.joining(",", "[", "]"));
  }

  private static String quoted(String plain) {
    return '"' + plain + '"';
  }

  private static byte[] signatureOf(TextFingerprint f) {
    return f.hasSignature() ? f.signature().toBytes() : null;
  }
}
