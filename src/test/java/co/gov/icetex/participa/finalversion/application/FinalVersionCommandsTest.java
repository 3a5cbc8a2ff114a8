package co.gov.icetex.participa.finalversion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The final version's commands, checked as {@link FinalVersionEditor} checks them: the Spanish
 * sentence per field, the same on the page and in any other caller.
 */
class FinalVersionCommandsTest {

  private final CommandValidator validator = new CommandValidator();

  private Map<String, String> messages(Object command) {
    return validator.violationsOf(command).ordered().stream()
        .collect(
            Collectors.toMap(
                Violation::field, Violation::message, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void aSummaryMayBeEmptyButNotLongerThanFiveThousandCharacters() {
    assertEquals(Map.of(), messages(new FinalSummary(null)));
    assertEquals(Map.of(), messages(new FinalSummary("s".repeat(5_000))));
    assertEquals(
        Map.of("summary", "El texto supera el máximo de 5.000 caracteres."),
        messages(new FinalSummary("s".repeat(5_001))));
  }

  @Test
  void aSummaryIsPlainText() {
    assertNull(new FinalSummary(null).summary());
    assertEquals(
        "Primera línea\nSegunda", new FinalSummary("  Primera línea\nSegunda  ").summary());
  }

  @Test
  void aLinkNeedsTheObservation() {
    assertEquals(
        Map.of("observation", "Elija la observación que motivó el cambio."),
        messages(new LinkRequest(null)));
    assertEquals(Map.of(), messages(new LinkRequest(7L)));
  }
}
