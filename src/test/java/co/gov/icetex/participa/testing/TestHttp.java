package co.gov.icetex.participa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** What the tests' HTTP clients share: the base address, a client address of their own, sending. */
final class TestHttp {

  private TestHttp() {}

  /** The deployment's base address without a trailing slash, so paths can be appended. */
  static String baseOf(URL base) {
    String b = base.toString();
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  /**
   * A random address in {@code prefix} (e.g. "10.0."), sent as X-Forwarded-For (trusted in tests).
   */
  static String randomAddress(String prefix) {
    var random = ThreadLocalRandom.current();
    return prefix + random.nextInt(250) + "." + (1 + random.nextInt(250));
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
