package co.gov.icetex.participa.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Portal;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A long document can be found one's way in (issue 12): the PAAC 2020 demo (87 parts, 62 of them
 * table rows) has a contents list with a link to each chapter and section, its rows are numbered in
 * real tables whose column labels are written once, the list counts the observations in the open,
 * and the form leads back to the part it was about. Read-only: uses the demo catalogue as loaded.
 */
public abstract class LongDocumentChecks {

  private static final String PAAC = "paac-2020";
  private static final String WITH_OBSERVATIONS = "politica-servicio-ciudadano-2026";
  private static final Pattern CONTENTS =
      Pattern.compile(
          "<nav class=\"contents\"[^>]*aria-labelledby=\"([^\"]+)\".*?</nav>", Pattern.DOTALL);
  private static final Pattern CONTENTS_LINK = Pattern.compile("<a href=\"#parte-(\\d+)\">");
  private static final Pattern ROW_NUMBER =
      Pattern.compile(
          "<tr id=\"parte-(\\d+)\"><th scope=\"row\" class=\"part-table__number\">([^<]+)</th>");

  protected final URL base = Portal.url();

  private List<JsonObject> parts(String slug) {
    return new Api(base)
        .get("/api/v1/consultations/" + slug)
        .json()
        .getJsonArray("parts")
        .getValuesAs(JsonObject.class);
  }

  private String page(String path) {
    var reply = new Api(base).get(path);
    assertEquals(200, reply.status(), path);
    return reply.body();
  }

  private static String contentsOf(String page) {
    Matcher nav = CONTENTS.matcher(page);
    assertTrue(nav.find(), "a <nav> with the contents list");
    assertTrue(page.contains("id=\"" + nav.group(1) + "\""), "the nav is named by its heading");
    return nav.group();
  }

  @Test
  void thePlanHasAContentsListWithALinkToEachChapterAndSection() {
    List<JsonObject> parts = parts(PAAC);
    String page = page("/consulta?c=" + PAAC);

    Set<Long> textParts = new LinkedHashSet<>();
    for (JsonObject p : parts) {
      long id = p.getJsonNumber("id").longValue();
      assertTrue(page.contains("id=\"parte-" + id + "\""), "every part has its anchor: " + id);
      if (!p.getBoolean("tableRow")) {
        textParts.add(id);
      }
    }
    List<Long> linked = new ArrayList<>();
    Matcher link = CONTENTS_LINK.matcher(contentsOf(page));
    while (link.find()) {
      linked.add(Long.parseLong(link.group(1)));
    }
    assertEquals(
        List.copyOf(textParts), linked, "one link per chapter and section, in document order");
    assertTrue(textParts.size() >= 20 && textParts.size() < parts.size(), "rows are not listed");
    assertTrue(page.contains("href=\"#contenido-documento\""), "a way to the list from the top");
  }

  @Test
  void theRowsAreNumberedInTablesThatNameTheirColumnsOnce() {
    List<JsonObject> parts = parts(PAAC);
    String page = page("/consulta?c=" + PAAC);

    Map<Long, String> numbers = new HashMap<>();
    Matcher row = ROW_NUMBER.matcher(page);
    while (row.find()) {
      numbers.put(Long.parseLong(row.group(1)), row.group(2));
    }
    List<JsonObject> rows = parts.stream().filter(p -> p.getBoolean("tableRow")).toList();
    assertEquals(rows.size(), numbers.size(), "every row is a numbered table row");
    // The first plan's activities, in order: Actividad 1, 2, 3...
    Long firstParent = rows.get(0).getJsonNumber("parentId").longValue();
    List<String> firstTable =
        rows.stream()
            .filter(r -> firstParent.equals(r.getJsonNumber("parentId").longValue()))
            .map(r -> numbers.get(r.getJsonNumber("id").longValue()))
            .toList();
    for (int i = 0; i < firstTable.size(); i++) {
      assertEquals("Actividad " + (i + 1), firstTable.get(i));
    }
    int cells = rows.stream().mapToInt(r -> r.getJsonArray("fields").size()).sum();
    assertEquals(cells, count(page, " data-label=\""), "each cell knows its label for phones");
    assertTrue(
        count(page, "<th scope=\"col\">Responsable</th>")
            < count(page, "data-label=\"Responsable\""),
        "the column label is written once per table, not once per row");
    assertEquals(rows.size(), count(page, ">Comentar esta fila<"), "each row keeps its link");
    assertFalse(page.contains("class=\"part-row"), "no more label cards per row");
  }

  @Test
  void theContentsListCountsTheObservationsInTheOpenOfEachPartAndWhatItHolds() {
    var api = new Api(base);
    String path = "/api/v1/consultations/" + WITH_OBSERVATIONS + "/observations";
    int total = api.get(path).json().getInt("total");
    int wholeDocument = api.get(path + "?part=documento").json().getInt("total");
    assertTrue(total > wholeDocument, "the demo has observations on parts");

    String contents = contentsOf(page("/consulta?c=" + WITH_OBSERVATIONS));
    // Top-level entries count everything below them: together, every observation on a part.
    int depth = 0;
    int topLevel = 0;
    Matcher m =
        Pattern.compile("<ol|</ol>|<span class=\"contents__count\">(\\d+) observaci")
            .matcher(contents);
    while (m.find()) {
      if (m.group().equals("<ol")) {
        depth++;
      } else if (m.group().equals("</ol>")) {
        depth--;
      } else if (depth == 1) {
        topLevel += Integer.parseInt(m.group(1));
      }
    }
    assertEquals(total - wholeDocument, topLevel, contents);
  }

  @Test
  void theFormAndItsConfirmationLeadBackToThePart() {
    long rowId =
        parts(PAAC).stream()
            .filter(p -> p.getBoolean("tableRow"))
            .skip(20)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String back = "/consulta?c=" + PAAC + "#parte-" + rowId + "\"";
    String form = page("/observar?c=" + PAAC + "&parte=" + rowId);
    assertTrue(form.contains(back), "the form's way back lands on the row: " + back);

    long closedPart =
        parts("informe-rendicion-cuentas-2026").get(0).getJsonNumber("id").longValue();
    String closed = page("/observar?c=informe-rendicion-cuentas-2026&parte=" + closedPart);
    assertEquals(
        2,
        count(closed, "/consulta?c=informe-rendicion-cuentas-2026#parte-" + closedPart + "\""),
        "the breadcrumb and «Volver a la consulta» of a closed consultation");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
