package co.gov.icetex.participa.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageHeadersTest {

  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  @Test
  void extraHeadersComeBackInOrder() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<https://participa.icetex.gov.co/avisos/baja?s=12.abc_-D>");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    var message =
        new OutboxMessage(
            "ALERT_OPENED", "alert-12-OPENED:3", "a@example.co", "Asunto", "Texto", headers, NOW);
    assertEquals(headers, message.extraHeaders());
    assertEquals(
        headers.keySet().stream().toList(), message.extraHeaders().keySet().stream().toList());
  }

  @Test
  void mostMessagesHaveNone() {
    assertTrue(
        new OutboxMessage("RECEIPT", "r", "a@example.co", "s", "b", NOW).extraHeaders().isEmpty());
    assertTrue(
        new OutboxMessage("RECEIPT", "r", "a@example.co", "s", "b", Map.of(), NOW)
            .extraHeaders()
            .isEmpty());
  }

  @Test
  void aHeaderCannotSmuggleAnotherLine() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new OutboxMessage(
                "K",
                "r",
                "a@example.co",
                "s",
                "b",
                Map.of("List-Unsubscribe", "<https://x/>\r\nBcc: victim@example.co"),
                NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboxMessage("K", "r", "a@example.co", "s", "b", Map.of("Bad Name", "v"), NOW));
  }
}
