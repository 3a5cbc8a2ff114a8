package co.gov.icetex.participa.search;

import static co.gov.icetex.participa.testing.ObservationJsonBuilder.anObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Search, statistics, open data and the API description on the real stack. Published answers are
 * made the way staff make them, through the staff pages as the demo accounts: assigned by the
 * moderator, drafted by the responder of the planning office, approved and published by the
 * approver.
 */
public abstract class DiscoveryChecks {

  private static final String OPEN = "paac-2020";
  private static final String PASSWORD = StaffClient.DEMO_PASSWORD;

  protected final URL base = Portal.url();

  // --- helpers -----------------------------------------------------------------------------------

  /** A word no other test or demo text contains, with accents, e.g. "pingüinoacciónqwhzk". */
  private static String uniqueWord() {
    var random = ThreadLocalRandom.current();
    var letters = new StringBuilder("pingüinoacción");
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Api api() {
    return new Api(
        base,
        "10.42."
            + ThreadLocalRandom.current().nextInt(250)
            + "."
            + (1 + ThreadLocalRandom.current().nextInt(250)));
  }

  private JsonObject getJson(String path) {
    var reply = api().get(path);
    assertEquals(200, reply.status(), path + ": " + reply.body());
    return reply.json();
  }

  private String submit(String authorName, String text, boolean showName) {
    var reply =
        api()
            .postJson(
                "/api/v1/consultations/" + OPEN + "/observations",
                anObservation()
                    .with("authorName", authorName)
                    .with("text", text)
                    .with("showName", showName)
                    .json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  private StaffClient as(String email) {
    var staff = new StaffClient(base);
    assertEquals(302, staff.signIn(email, PASSWORD).status(), "sign in as " + email);
    return staff;
  }

  private static StaffClient.Page postOnPage(
      StaffClient staff,
      String page,
      String form,
      Map<String, String> fields,
      List<String[]> extra) {
    var shown = staff.get(page);
    assertEquals(200, shown.status(), page + ": " + shown.body());
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    pairs.add(Map.entry(form, form));
    fields.forEach((k, v) -> pairs.add(Map.entry(form + ":" + k, v)));
    for (String[] e : extra) {
      pairs.add(Map.entry(e[0], e[1]));
    }
    pairs.add(Map.entry("jakarta.faces.ViewState", StaffClient.viewState(shown.body())));
    return staff.postPairs(page, pairs);
  }

  private static String review(String code) {
    return "/admin/observaciones/ver.xhtml?codigo=" + code;
  }

  /** Assigned, drafted and approved: everything but publication. */
  private void approveAnswer(String code, String answerText) throws Exception {
    long office =
        TestDatabase.count("SELECT id FROM office WHERE name = ?", "Oficina Asesora de Planeación");
    var assigned =
        postOnPage(
            as("moderador@participa.test"),
            "/admin/observaciones/?q=" + code.substring(0, 8),
            "bulk",
            Map.of("assignTo", Long.toString(office), "assign", "Asignar"),
            List.<String[]>of(new String[] {"sel", code}));
    assertTrue(assigned.body().contains("Se asignó 1 observación"), assigned.body());
    var drafted =
        postOnPage(
            as("respuestas@participa.test"),
            review(code),
            "draft",
            Map.of("outcome", "PARTIALLY_ACCEPTED", "text", answerText, "save", "Guardar"),
            List.of());
    assertTrue(drafted.body().contains("pasó a aprobación"), drafted.body());
    var approved =
        postOnPage(
            as("aprobador@participa.test"),
            review(code),
            "approval",
            Map.of("approve", "Aprobar", "comment", ""),
            List.of());
    assertTrue(approved.body().contains("fue aprobada"), approved.body());
    assertEquals("APPROVED", status(code));
  }

  private void publish(String code) throws Exception {
    var published =
        postOnPage(
            as("aprobador@participa.test"),
            review(code),
            "publication",
            Map.of("publish", "Publicar"),
            List.of());
    assertTrue(published.body().contains("fue publicada"), published.body());
    assertEquals("PUBLISHED", status(code));
  }

  private String publishedAnswer(
      String authorName, String text, boolean showName, String answerText) throws Exception {
    String code = submit(authorName, text, showName);
    approveAnswer(code, answerText);
    publish(code);
    return code;
  }

  private static String status(String code) throws Exception {
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("SELECT status FROM observation WHERE tracking_code = ?")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static String latestIndexing() throws Exception {
    try (var c = TestDatabase.connect();
        var s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT CAST(MAX(indexed_at) AS CHAR) FROM search_source")) {
      r.next();
      return r.getString(1);
    }
  }

  private static List<String> codesOf(JsonArray items) {
    List<String> codes = new ArrayList<>();
    for (var v : items) {
      var item = v.asJsonObject();
      if (item.containsKey("answer") && !item.isNull("answer")) {
        codes.add(item.getJsonObject("answer").getString("trackingCode"));
      }
    }
    return codes;
  }

  /** The (type, url) of every result, in order: what a citizen would see. */
  private static List<String> resultKeys(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("type") + " " + v.asJsonObject().getString("url"))
        .toList();
  }

  private static List<CSVRecord> csv(String body) throws Exception {
    assertFalse(body.startsWith("\uFEFF"), "UTF-8 without BOM");
    try (var parser =
        CSVParser.parse(
            body, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  // --- search ------------------------------------------------------------------------------------

  @Test
  void withOrWithoutAccentsTheSameConsultationPartsAndAnswerAreFound() throws Exception {
    String word = uniqueWord();
    String code =
        publishedAnswer(
            "Ana Prueba",
            "Propongo metas para la " + word + " en atención al ciudadano.",
            false,
            "Se incluirá la " + word + " en el componente 4.");

    JsonObject accented = getJson("/api/v1/search?size=100&q=" + enc("Anticorrupción"));
    long rebuilt = TestDatabase.count("SELECT COUNT(*) FROM search_source");
    String indexedAt = latestIndexing();
    JsonObject folded = getJson("/api/v1/search?size=100&q=anticorrupcion");
    assertEquals(
        indexedAt, latestIndexing(), "nothing changed, so the second search rebuilt nothing");
    assertEquals(
        TestDatabase.count("SELECT COUNT(*) FROM consultation WHERE published = TRUE"),
        rebuilt,
        "every published consultation is indexed");
    assertEquals(
        resultKeys(accented), resultKeys(folded), "accents and case do not change the results");
    assertEquals(accented.getInt("total"), folded.getInt("total"));
    List<String> keys = resultKeys(folded);
    assertEquals(
        "CONSULTATION /consulta?c=" + OPEN, keys.get(0), "the consultation titled so comes first");
    long partId =
        TestDatabase.count(
            "SELECT MIN(p.id) FROM consultation_part p JOIN consultation c ON c.id = p.consultation_id"
                + " WHERE c.slug = ? AND (p.title LIKE '%nticorrupción%' OR p.body LIKE '%nticorrupción%')",
            OPEN);
    assertTrue(
        keys.contains("PART /consulta?c=" + OPEN + "#parte-" + partId),
        "the part with the word, linked by its anchor: " + keys);

    for (String query : List.of(word, word.replace("ü", "u").replace("ó", "o").toUpperCase())) {
      JsonObject found = getJson("/api/v1/search?q=" + enc(query));
      assertEquals(
          List.of(code), codesOf(found.getJsonArray("items")), "the answer is found as " + query);
      assertEquals(1, found.getJsonObject("totals").getInt("ANSWER"));
    }

    String page = api().get("/buscar?q=" + enc(word.replace("ó", "o"))).body();
    assertTrue(page.contains(code), "the page lists the answer");
    assertTrue(page.contains("Ciudadano/a"), "without consent the author is shown as Ciudadano/a");
    assertFalse(page.contains("Ana Prueba"));
  }

  @Test
  void anAnswerIsSearchableOnlyOnceItIsPublished() throws Exception {
    String word = uniqueWord();
    String code = submit("Beto Borrador", "Observación sobre la " + word + ".", true);
    approveAnswer(code, "Respuesta aprobada, aún sin publicar: " + word);

    JsonObject before = getJson("/api/v1/search?q=" + word);
    assertEquals(0, before.getInt("total"), before.toString());
    assertFalse(api().get("/buscar?q=" + word).body().contains(code));
    assertFalse(api().get("/api/v1/answers?size=100").body().contains(code));

    publish(code);
    JsonObject after = getJson("/api/v1/search?q=" + word);
    assertEquals(
        List.of(code),
        codesOf(after.getJsonArray("items")),
        "searchable as soon as it is published");
    assertEquals(
        "Beto Borrador",
        after.getJsonArray("items").getJsonObject(0).getJsonObject("answer").getString("author"),
        "a name shown with consent");
  }

  @Test
  void personalDataWrittenInAnObservationIsNeverPublished() throws Exception {
    String word = uniqueWord();
    String name = "Zoraida Quintero " + word.substring(word.length() - 8);
    String mail = "zoraida." + word.substring(word.length() - 8) + "@correo.co";
    String text =
        "Sobre la "
            + word
            + ": escríbanme a "
            + mail
            + " o al 300 123 4567; mi cédula es 1.023.456.789.";
    String code =
        publishedAnswer(name, text, false, "Gracias. Tendremos en cuenta la " + word + ".");
    String submittedEmail = emailOf(code);

    Map<String, String> published = new HashMap<>();
    published.put("search page", api().get("/buscar?q=" + word).body());
    published.put("search API", api().get("/api/v1/search?q=" + word).body());
    published.put(
        "answers API", api().get("/api/v1/answers?consultation=" + OPEN + "&size=100").body());
    published.put("answers CSV", api().get("/api/v1/datasets/answers.csv").body());
    published.put("answers JSON", api().get("/api/v1/datasets/answers.json").body());
    for (var e : published.entrySet()) {
      String body = e.getValue();
      assertTrue(body.contains(code), e.getKey() + " lists the answer");
      for (String secret :
          List.of(
              name,
              "Zoraida",
              mail,
              submittedEmail,
              "300 123 4567",
              "3001234567",
              "1.023.456.789",
              "1023456789")) {
        assertFalse(body.contains(secret), e.getKey() + " shows " + secret);
      }
      assertTrue(
          body.contains("[correo oculto]") && body.contains("[número oculto]"),
          e.getKey() + " keeps the redacted text");
    }
    // Searching for the hidden data finds nothing: the index holds the redacted text only.
    assertEquals(0, getJson("/api/v1/search?q=" + enc(mail)).getInt("total"));
    assertEquals(0, getJson("/api/v1/search?q=" + enc("3001234567")).getInt("total"));
  }

  private static String emailOf(String code) throws Exception {
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("SELECT email FROM observation WHERE tracking_code = ?")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  @Test
  void badQueriesAndPagingGetSpanishMessages() throws Exception {
    var tooShort = api().get("/api/v1/search?q=a");
    assertEquals(400, tooShort.status());
    assertEquals(
        "Escriba al menos 2 letras o números para buscar.", tooShort.json().getString("message"));
    String page = api().get("/buscar?q=%C2%BF%3F").body();
    assertTrue(page.contains("Escriba al menos 2 letras o números para buscar."), page);
    assertTrue(
        page.matches("(?s).*<title>\\s*Error: [^<]*</title>.*"),
        "the title says there is an error");
    assertTrue(
        page.matches("(?s).*<main[^>]*>\\s*<div class=\"alert alert--error\" role=\"alert\".*"),
        "the one error summary is first in main");

    for (String bad : List.of("size=101", "size=0", "page=0", "page=uno")) {
      var reply = api().get("/api/v1/answers?" + bad);
      assertEquals(400, reply.status(), bad);
      assertTrue(
          reply.json().getString("message").startsWith("La paginación no es válida"), reply.body());
      assertEquals(400, api().get("/api/v1/search?q=plan&" + bad).status(), bad);
    }
    assertEquals(400, api().get("/api/v1/answers?outcome=MAYBE").status());
    assertEquals(400, api().get("/api/v1/statistics?year=dos-mil").status());

    publishedAnswer(
        "Paula Paginada", "Primera de dos para paginar " + uniqueWord(), false, "Respuesta uno.");
    publishedAnswer(
        "Paula Paginada", "Segunda de dos para paginar " + uniqueWord(), false, "Respuesta dos.");
    long total =
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation o JOIN answer a ON a.id = o.answer_id"
                + " LEFT JOIN campaign c ON c.id = o.campaign_id"
                + " WHERE a.status = 'PUBLISHED' AND o.status = 'PUBLISHED'"
                // a form-letter campaign is one answer, under its representative
                + " AND (c.id IS NULL OR c.representative_id = o.id)");
    JsonObject first = getJson("/api/v1/answers?size=1");
    JsonObject second = getJson("/api/v1/answers?size=1&page=2");
    assertEquals(total, first.getJsonNumber("total").longValue());
    assertEquals(1, first.getJsonArray("items").size());
    assertEquals(2, second.getInt("page"));
    assertFalse(codesOfAnswers(first).equals(codesOfAnswers(second)), "page 2 is another answer");
    assertEquals(
        0,
        getJson("/api/v1/answers?size=100&page=" + (total / 100 + 2)).getJsonArray("items").size());
    assertEquals(100, getJson("/api/v1/search?q=de&size=100").getInt("size"));
    assertTrue(getJson("/api/v1/search?q=de&size=100").getJsonArray("items").size() <= 100);
  }

  private static List<String> codesOfAnswers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("trackingCode"))
        .toList();
  }

  // --- statistics --------------------------------------------------------------------------------

  private static final String COUNTED =
      " FROM observation o JOIN consultation c ON c.id = o.consultation_id"
          + " WHERE c.published = TRUE AND (o.triage IS NULL OR o.triage <> 'SPAM')";

  @Test
  void statisticsEqualTheDataAndTheCsvMatchesThePage() throws Exception {
    publishedAnswer(
        "Esteban Estadística",
        "Para las estadísticas " + uniqueWord(),
        false,
        "Respuesta para contar.");
    // A spam observation is not participation.
    String spam = submit("Spam", "Compre ya " + uniqueWord(), false);
    postOnPage(
        as("moderador@participa.test"),
        review(spam),
        "triage",
        Map.of("decision", "SPAM", "reason", "Publicidad.", "save", "Guardar"),
        List.of());
    assertEquals("REJECTED", status(spam));

    JsonObject all = getJson("/api/v1/statistics");
    assertEquals(
        TestDatabase.count("SELECT COUNT(*)" + COUNTED),
        all.getJsonNumber("observations").longValue());
    for (String dimension : List.of("byType", "byGroup", "byDepartment", "byChannel", "byYear")) {
      long sum =
          all.getJsonArray(dimension).stream()
              .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
              .sum();
      assertEquals(
          all.getJsonNumber("observations").longValue(), sum, dimension + " adds up to the total");
    }
    for (var v : all.getJsonArray("byDepartment")) {
      var item = v.asJsonObject();
      assertEquals(
          TestDatabase.count(
              "SELECT COUNT(*)" + COUNTED + " AND o.department_code = ?", item.getString("code")),
          item.getJsonNumber("count").longValue(),
          "department " + item.getString("code"));
    }
    long apiCount =
        all.getJsonArray("byChannel").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("code").equals("API"))
            .mapToLong(o -> o.getJsonNumber("count").longValue())
            .sum();
    assertEquals(
        TestDatabase.count("SELECT COUNT(*)" + COUNTED + " AND o.channel = 'API'"), apiCount);

    // On time, computed here from the rows with Java's Bogotá zone, not with the portal's SQL.
    long answered = 0;
    long onTime = 0;
    try (var c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT a.published_at, COALESCE(o.extended_due_date, o.due_date)"
                    + COUNTED.replace(" WHERE ", " JOIN answer a ON a.id = o.answer_id WHERE ")
                    + " AND a.status = 'PUBLISHED' AND o.status = 'PUBLISHED'");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        answered++;
        Instant publishedAt =
            r.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        LocalDate due = r.getDate(2).toLocalDate();
        if (!LocalDate.ofInstant(publishedAt, ZoneId.of("America/Bogota")).isAfter(due)) {
          onTime++;
        }
      }
    }
    assertTrue(answered > 0);
    assertEquals(answered, all.getJsonObject("answers").getJsonNumber("published").longValue());
    assertEquals(onTime, all.getJsonObject("answers").getJsonNumber("onTime").longValue());

    JsonObject filtered = getJson("/api/v1/statistics?year=2020&type=PAAC");
    assertEquals(
        TestDatabase.count("SELECT COUNT(*)" + COUNTED + " AND c.year = 2020 AND c.type = 'PAAC'"),
        filtered.getJsonNumber("observations").longValue());
    assertEquals(
        0, getJson("/api/v1/statistics?year=1990").getJsonNumber("observations").longValue());

    // The page and its CSV link show the same figures, row for row.
    String page = api().get("/estadisticas?vigencia=2020&tipo=PAAC").body();
    Matcher total = Pattern.compile("id=\"stat-total\">(\\d+)<").matcher(page);
    assertTrue(total.find(), page);
    assertEquals(
        filtered.getJsonNumber("observations").longValue(), Long.parseLong(total.group(1)));
    assertTrue(
        page.contains("api/v1/datasets/statistics.csv?year=2020&amp;type=PAAC"),
        "the CSV link keeps the filter");
    List<CSVRecord> rows =
        csv(api().get("/api/v1/datasets/statistics.csv?year=2020&type=PAAC").body());
    Map<String, String> csvCounts = new HashMap<>();
    rows.forEach(r -> csvCounts.put(r.get("dimension") + "/" + r.get("code"), r.get("count")));
    assertEquals(total.group(1), csvCounts.get("TOTAL/OBSERVATIONS"));
    Matcher row =
        Pattern.compile(
                "id=\"table-([A-Z]+)\"|<tr data-code=\"([^\"]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td class=\"num\">(\\d+)</td>")
            .matcher(page);
    String table = null;
    int compared = 0;
    while (row.find()) {
      if (row.group(1) != null) {
        table = row.group(1);
      } else {
        assertEquals(
            row.group(3), csvCounts.get(table + "/" + row.group(2)), table + "/" + row.group(2));
        compared++;
      }
    }
    long csvBreakdownRows =
        rows.stream()
            .filter(r -> !List.of("TOTAL", "ANSWERS").contains(r.get("dimension")))
            .count();
    assertEquals(csvBreakdownRows, compared, "every figure of the CSV is on the page");
    assertTrue(compared >= 5);
    assertEquals(
        String.valueOf(filtered.getJsonObject("answers").getJsonNumber("published").longValue()),
        csvCounts.get("ANSWERS/PUBLISHED"));
  }

  // --- open data and the API description ---------------------------------------------------------

  @Test
  void everyDatasetComesAsCsvAndJsonWithItsDictionary() throws Exception {
    JsonArray catalogue =
        Json.createReader(new StringReader(api().get("/api/v1/datasets").body())).readArray();
    assertEquals(4, catalogue.size());
    for (var v : catalogue) {
      String name = v.asJsonObject().getString("name");
      List<CSVRecord> dictionary =
          csv(api().get("/api/v1/datasets/" + name + "/dictionary.csv").body());
      List<String> columns = dictionary.stream().map(r -> r.get("column")).toList();
      dictionary.forEach(
          r -> assertFalse(r.get("description").isBlank(), name + "." + r.get("column")));

      var csvReply = api().get("/api/v1/datasets/" + name + ".csv");
      assertEquals(200, csvReply.status());
      assertTrue(csvReply.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      assertTrue(
          csvReply.headers().firstValue("Content-Disposition").orElse("").contains(name + ".csv"));
      try (var parser =
          CSVParser.parse(
              csvReply.body(),
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        assertEquals(
            columns, parser.getHeaderNames(), name + ": the CSV has the dictionary's columns");
      }
      JsonObject json = getJson("/api/v1/datasets/" + name + ".json");
      assertEquals(
          columns,
          json.getJsonArray("columns").stream()
              .map(c -> c.asJsonObject().getString("name"))
              .toList());
      assertEquals(json.getInt("total"), json.getJsonArray("items").size());
      assertEquals(
          csv(csvReply.body()).size(),
          json.getInt("total"),
          name + ": CSV and JSON have the same rows");
    }
    assertEquals(
        TestDatabase.count(
            "SELECT COUNT(*) FROM consultation_part p JOIN consultation c ON c.id = p.consultation_id WHERE c.published = TRUE"),
        getJson("/api/v1/datasets/parts.json").getInt("total"));
    assertEquals(
        TestDatabase.count("SELECT COUNT(*) FROM consultation WHERE published = TRUE"),
        getJson("/api/v1/datasets/consultations.json").getInt("total"));
    assertEquals(404, api().get("/api/v1/datasets/personas.csv").status());

    String page = api().get("/datos-abiertos").body();
    assertTrue(
        page.contains("CC BY-SA 4.0") && page.contains("api/v1/datasets/answers.csv"),
        "licence and downloads");
  }

  @Test
  void theOpenApiDocumentDescribesTheNewEndpointsAndApiLeadsToItsPage() throws Exception {
    var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    URI root = base.toURI().resolve("/openapi");
    HttpResponse<String> yaml =
        http.send(HttpRequest.newBuilder(root).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, yaml.statusCode(), yaml.body());
    assertTrue(
        yaml.body().contains("Participa ICETEX API"),
        yaml.body().substring(0, Math.min(600, yaml.body().length())));
    HttpResponse<String> json =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "?format=JSON")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject paths =
        Json.createReader(new StringReader(json.body())).readObject().getJsonObject("paths");
    String search =
        paths.keySet().stream()
            .filter(p -> p.endsWith("/api/v1/search"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no /api/v1/search in " + paths.keySet()));
    var parameters = paths.getJsonObject(search).getJsonObject("get").getJsonArray("parameters");
    assertTrue(
        parameters.stream().anyMatch(p -> p.asJsonObject().getString("name").equals("q")),
        "q is documented");
    for (String path :
        List.of("/api/v1/answers", "/api/v1/statistics", "/api/v1/datasets/{name}.csv")) {
      assertTrue(
          paths.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " in " + paths.keySet());
    }

    var home = api().get("/api");
    assertEquals(303, home.status());
    assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/documentacion-api"));
    String docs = api().get("/documentacion-api").body();
    assertTrue(
        docs.contains("/api/v1/search") && docs.contains("href=\"/openapi\""),
        "the page lists the endpoints and links the document");
  }

  // --- search results say whether a consultation is open and mark the words (branch reporteditor)

  /** A published consultation of its own, copying the window of the demo one {@code windowOf}. */
  private static void consultationLike(String windowOf, String slug, String title, String summary)
      throws Exception {
    TestDatabase.update(
        "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published,"
            + " created_at, updated_at, version, content_version, published_at)"
            + " SELECT ?, 'PLAN_ACCION', ?, ?, 2026, 'Oficina Asesora de Planeación',"
            + " opens_at, closes_at, TRUE, created_at, updated_at, 0, 1, published_at FROM consultation WHERE slug = ?",
        slug,
        title,
        summary,
        windowOf);
  }

  @Test
  void resultsSayWhetherEachConsultationIsOpenAndMarkTheWordsWithoutLettingMarkupIn()
      throws Exception {
    String word = uniqueWord();
    String suffix = Long.toString(System.nanoTime(), 36);
    consultationLike(
        OPEN,
        "busqueda-abierta-" + suffix,
        "Consulta <script>alert('x')</script> sobre " + word,
        "Resumen con <b>etiquetas</b> y la palabra " + word + ".");
    consultationLike(
        "informe-rendicion-cuentas-2026",
        "busqueda-cerrada-" + suffix,
        "Consulta cerrada sobre " + word,
        "Ya cerró.");

    String folded = word.replace("ü", "u").replace("ó", "o").toUpperCase();
    String page = api().get("/buscar?q=" + enc(folded + " <script>")).body();
    assertFalse(page.contains("<script>alert"), "no markup from a title reaches the page");
    assertFalse(page.contains("<b>etiquetas</b>"), "nor from a summary");
    assertTrue(page.contains("&lt;<mark>script</mark>&gt;alert("), page);
    assertTrue(
        page.contains("<mark>" + word + "</mark>"),
        "the word is marked as written, accents and case as in the text: " + page);

    String both = api().get("/buscar?q=" + enc(folded)).body();
    String open = both.substring(both.indexOf("busqueda-abierta-" + suffix));
    String closesAt =
        co.gov.icetex.participa.shared.DateFormats.closing(
            Instant.parse(getJson("/api/v1/consultations/" + OPEN).getString("closesAt")));
    assertTrue(
        open.substring(0, open.indexOf("</li>")).contains("Abierta hasta el " + closesAt),
        "the open one says until when: " + open);
    String closed = both.substring(both.indexOf("busqueda-cerrada-" + suffix));
    assertTrue(
        closed
            .substring(0, closed.indexOf("</li>"))
            .contains("Cerrada</span> Ya no recibe observaciones."),
        "the closed one says so: " + closed);
  }
}
