package co.gov.icetex.participa.campaign.application;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.campaign.domain.CandidateIndex;
import co.gov.icetex.participa.campaign.domain.GroupedObservation;
import co.gov.icetex.participa.campaign.domain.TextFingerprint;
import org.junit.jupiter.api.Test;

class CandidateIndexesTest {

  private final CandidateIndexes indexes = new CandidateIndexes();

  @Test
  void anIndexIsUsedOnlyAtTheVersionItWasKeptAt() {
    var index = new CandidateIndex();
    indexes.keep(7, 3, index);
    assertTrue(indexes.take(7, 4).isEmpty(), "another batch grouped since: read again");
    assertTrue(indexes.take(7, 3).isEmpty(), "a stale index is dropped, not kept for later");

    indexes.keep(7, 3, index);
    assertSame(index, indexes.take(7, 3).orElseThrow());
    assertTrue(indexes.take(7, 3).isEmpty(), "taken out while a batch uses it");
  }

  @Test
  void keepsTheConsultationsUsedLast() {
    for (long consultation = 1; consultation <= CandidateIndexes.CONSULTATIONS; consultation++) {
      indexes.keep(consultation, 1, new CandidateIndex());
    }
    var recent = new CandidateIndex();
    indexes.keep(1, 2, recent); // used again: now the most recent
    indexes.keep(99, 1, new CandidateIndex());

    assertTrue(indexes.take(2, 1).isEmpty(), "the least recently used one made room");
    assertSame(recent, indexes.take(1, 2).orElseThrow());
    assertTrue(indexes.take(99, 1).isPresent());
  }

  private static CandidateIndex indexOf(int observations) {
    var index = new CandidateIndex();
    var blank = TextFingerprint.of("");
    for (long id = 0; id < observations; id++) {
      index.add(GroupedObservation.alone(id, blank));
    }
    return index;
  }

  @Test
  void keepsNoMoreThanItsBudgetOfObservationsInAll() {
    int third = CandidateIndexes.OBSERVATIONS / 3;
    indexes.keep(1, 1, indexOf(third));
    indexes.keep(2, 1, indexOf(third));
    indexes.keep(3, 1, indexOf(third));
    indexes.keep(4, 1, indexOf(third)); // over the budget: the least recently kept goes

    assertTrue(indexes.take(1, 1).isEmpty(), "evicted to stay within the budget");
    assertTrue(indexes.take(2, 1).isPresent());
    assertTrue(indexes.take(4, 1).isPresent());
  }

  @Test
  void anIndexLargerThanTheBudgetAloneIsNotKept() {
    indexes.keep(1, 1, indexOf(10));
    indexes.keep(2, 1, indexOf(CandidateIndexes.OBSERVATIONS + 1));
    assertTrue(indexes.take(2, 1).isEmpty(), "read again by each batch instead");
    assertTrue(indexes.take(1, 1).isPresent(), "and it evicts nothing");
  }
}
