package co.gov.icetex.participa.moderation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.shared.validation.Refusal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * "Assign all that match" is bounded: over the limit nothing is assigned and the person is told.
 */
class AssignAllMatchingTest {

  @Test
  void moreThanTheLimitIsRefusedWithTheLimitInTheSentence() {
    var service = new ModerationService();
    service.queue =
        new ObservationQueue() {
          @Override
          public List<String> matchingCodes(QueueFilter filter, int limit) {
            assertEquals(ModerationService.MAX_BULK + 1, limit, "reads one more than it may move");
            return IntStream.range(0, limit).mapToObj(i -> "OBS-2026-" + i).toList();
          }
        };
    Refusal refused =
        assertThrows(Refusal.class, () -> service.assignAllMatching(QueueFilter.all(), 1L));
    assertEquals(
        "Más de 1.000 observaciones coinciden con los filtros; no se asignó ninguna. Acote los"
            + " filtros (consulta, estado, dependencia o fecha de vencimiento) e inténtelo de"
            + " nuevo.",
        refused.globalMessage().orElseThrow());
  }
}
