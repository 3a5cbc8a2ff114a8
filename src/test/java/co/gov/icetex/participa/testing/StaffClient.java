package co.gov.icetex.participa.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser without the browser: keeps cookies, posts Faces forms with their view
 * state, never follows redirects (tests look at them). Each instance has its own client address.
 */
public final class StaffClient {

  /** The demo accounts' password (README.md). */
  public static final String DEMO_PASSWORD = "Participa-Demo-2026";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final HttpClient http;
  private final String base;
  private final String clientAddress;

  public StaffClient(URL base) {
    this(base, TestHttp.randomAddress("10.77."));
  }

  /** A browser "at" {@code clientAddress} (an IPv4 or IPv6 address). */
  public StaffClient(URL base, String clientAddress) {
    this(
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build(),
        TestHttp.baseOf(base),
        clientAddress);
  }

  private StaffClient(HttpClient http, String base, String clientAddress) {
    this.http = http;
    this.base = base;
    this.clientAddress = clientAddress;
  }

  /**
   * The same browser, with its cookies, at another address of the same host (the front, another
   * instance).
   */
  public StaffClient through(URL otherBase) {
    return new StaffClient(http, TestHttp.baseOf(otherBase), clientAddress);
  }

  /** An answer: status, body and the Location header of a redirect ("" when none). */
  public record Page(int status, String body, String location) {}

  public Page get(String path) {
    return send(request(path).GET().build());
  }

  /** Opens the sign-in page and posts the credentials; the answer is the post's. */
  public Page signIn(String email, String password) {
    Page form = get("/ingreso");
    if (form.status() != 200) {
      throw new IllegalStateException(
          "The sign-in page answered " + form.status() + " " + form.location());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signin", "signin");
    fields.put("signin:email", email);
    fields.put("signin:password", password);
    fields.put("signin:submit", "Ingresar");
    fields.put("jakarta.faces.ViewState", viewState(form.body()));
    return postForm("/ingreso", fields);
  }

  public Page postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  /** Posts a form with extra request headers (what a browser adds: Origin, Sec-Fetch-Site). */
  public Page postForm(String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    var builder =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** The address this client's requests come from (X-Forwarded-For, trusted in tests). */
  public String clientAddress() {
    return clientAddress;
  }

  /** Posts fields that may repeat (checkboxes), in order. */
  public Page postPairs(String path, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts a multipart Faces form: text fields and one file field. */
  public Page postMultipart(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
    String boundary = "----participa" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /**
   * Posts a Faces form of a page obtained before (its view state), as pressing {@code button} does.
   * Field names are relative to the form: {@code "name"} is sent as {@code "form:name"}.
   */
  public Page submit(
      String path, Page page, String form, String button, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    fields.forEach((name, value) -> all.put(form + ":" + name, value));
    all.put(form + ":" + button, button);
    all.put("jakarta.faces.ViewState", viewState(page.body()));
    return postForm(path, all);
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException(
          "No view state in the page: " + html.substring(0, Math.min(html.length(), 300)));
    }
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("X-Forwarded-For", clientAddress);
  }

  private Page send(HttpRequest request) {
    HttpResponse<String> r = TestHttp.send(http, request);
    return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
  }
}
