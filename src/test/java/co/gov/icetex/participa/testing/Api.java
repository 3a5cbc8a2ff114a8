package co.gov.icetex.participa.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for the portal's API, as a third-party client would use it. Each instance
 * sends its requests "from" its own client address (X-Forwarded-For, honoured in tests), so the
 * per-address hourly limit of one test does not affect another.
 */
public final class Api {

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String clientAddress;

  public Api(URL base) {
    this(base, TestHttp.randomAddress("10.0."));
  }

  public Api(URL base, String clientAddress) {
    this.base = TestHttp.baseOf(base);
    this.clientAddress = clientAddress;
  }

  /** An answer: status, headers and body, with the body parsed as JSON on demand. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        JsonStructure s = reader.read();
        return s.asJsonObject();
      }
    }
  }

  public Reply get(String path) {
    return send(request(path).GET().build());
  }

  public Reply postJson(String path, String json, Map<String, String> headers) {
    var builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public Reply postJson(String path, String json) {
    return postJson(path, json, Map.of());
  }

  /** Posts multipart/form-data: text fields, and one file part named {@code attachment}. */
  public Reply postMultipart(
      String path, Map<String, String> fields, String fileName, byte[] file) {
    return postMultipart(path, fields, fileName, file, Map.of());
  }

  /** The same, with extra request headers (as a browser would add: Origin, Sec-Fetch-Site). */
  public Reply postMultipart(
      String path,
      Map<String, String> fields,
      String fileName,
      byte[] file,
      Map<String, String> headers) {
    String boundary = "----participa" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    Map<String, String> ordered = new LinkedHashMap<>(fields);
    ordered.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(file);
    write(body, "\r\n--" + boundary + "--\r\n");
    var builder =
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("X-Forwarded-For", clientAddress)
        .header("Accept", "application/json");
  }

  private Reply send(HttpRequest request) {
    HttpResponse<String> r = TestHttp.send(http, request);
    return new Reply(r.statusCode(), r.body(), r.headers());
  }
}
