package co.gov.icetex.participa.campaign.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The observations of one consultation in memory, indexed by exact key and by LSH band key, so that
 * the look-alikes of a newcomer are found without comparing it with every observation: among
 * 10,000, finding and confirming the candidates took 39 µs on average instead of about 800 µs
 * comparing all of them ({@code src/bench/CampaignBench.java}). The cost grows with the number of
 * distinct texts of the campaign a newcomer copies: each is a candidate, confirmed in 0.2 to 0.4
 * µs; identical copies in one campaign count once.
 *
 * <p>An observation identical to one already indexed has the same band keys; only the first of them
 * is put in the band buckets (the others are reached through the exact key), which keeps the
 * buckets of a campaign of hundreds of identical copies at one entry. Positions are plain ints and
 * duplicates are skipped with a per-query stamp rather than a set: a copy of a letter meets the
 * same copies in most of its 32 bands, and with a {@code LinkedHashSet<Long>} a lookup among 10,000
 * observations holding two campaigns of 1,000 copies took 240 µs of CPU instead of 30.
 */
public final class CandidateIndex {

  private final List<GroupedObservation> observations = new ArrayList<>();
  private final Map<Long, Integer> positions = new HashMap<>();
  private final Map<String, Positions> byExactKey = new HashMap<>();
  private final Map<Long, Positions> byBandKey = new HashMap<>();
  private int[] seenInQuery = new int[64];
  private int query;

  /**
   * Indexes an observation. A copy of a text already indexed in the same campaign is left out: it
   * would change no decision (same text, same campaign), and a campaign of thousands of identical
   * copies would otherwise make each of them a candidate of every newcomer.
   */
  public void add(GroupedObservation observation) {
    TextFingerprint fingerprint = observation.fingerprint();
    Positions identical =
        fingerprint.isBlank()
            ? null
            : byExactKey.computeIfAbsent(fingerprint.exactKey(), k -> new Positions());
    if (observation.inCampaign() && identical != null && holdsCampaign(identical, observation)) {
      return;
    }
    int position = observations.size();
    if (positions.putIfAbsent(observation.observationId(), position) != null) {
      throw new IllegalArgumentException("already indexed: " + observation.observationId());
    }
    observations.add(observation);
    if (identical == null) {
      return;
    }
    identical.add(position);
    if (identical.size == 1) {
      for (long key : fingerprint.bandKeys()) {
        byBandKey.computeIfAbsent(key, k -> new Positions()).add(position);
      }
    }
  }

  private boolean holdsCampaign(Positions identical, GroupedObservation copy) {
    for (int i = 0; i < identical.size; i++) {
      if (copy.campaignId().equals(observations.get(identical.values[i]).campaignId())) {
        return true;
      }
    }
    return false;
  }

  /** Records that an indexed observation now belongs to {@code campaignId}. */
  public void assign(long observationId, long campaignId) {
    Integer position = positions.get(observationId);
    if (position == null) {
      throw new IllegalArgumentException("not indexed: " + observationId);
    }
    observations.set(position, observations.get(position).joining(campaignId));
  }

  public int size() {
    return observations.size();
  }

  /**
   * The indexed observations identical to {@code fingerprint} or sharing a band key with it (with
   * the copies identical to those), for {@link CampaignGrouper#decide} to confirm.
   */
  public List<GroupedObservation> candidatesFor(TextFingerprint fingerprint) {
    var candidates = new ArrayList<GroupedObservation>();
    if (fingerprint.isBlank()) {
      return candidates;
    }
    startQuery();
    addAll(byExactKey.get(fingerprint.exactKey()), candidates);
    for (long key : fingerprint.bandKeys()) {
      Positions firstCopies = byBandKey.get(key);
      for (int i = 0; firstCopies != null && i < firstCopies.size; i++) {
        int first = firstCopies.values[i];
        if (seenInQuery[first] != query) {
          addAll(byExactKey.get(observations.get(first).fingerprint().exactKey()), candidates);
        }
      }
    }
    return candidates;
  }

  private void startQuery() {
    if (seenInQuery.length < observations.size()) {
      seenInQuery =
          Arrays.copyOf(seenInQuery, Math.max(observations.size(), 2 * seenInQuery.length));
    }
    if (++query == Integer.MAX_VALUE) {
      Arrays.fill(seenInQuery, 0);
      query = 1;
    }
  }

  private void addAll(Positions identical, List<GroupedObservation> candidates) {
    for (int i = 0; identical != null && i < identical.size; i++) {
      int position = identical.values[i];
      if (seenInQuery[position] != query) {
        seenInQuery[position] = query;
        candidates.add(observations.get(position));
      }
    }
  }

  /** A growable list of ints: most buckets hold one. */
  private static final class Positions {
    int[] values = new int[1];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = value;
    }
  }
}
