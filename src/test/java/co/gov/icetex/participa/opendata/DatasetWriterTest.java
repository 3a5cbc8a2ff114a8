package co.gov.icetex.participa.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.paging.Paging;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class DatasetWriterTest {

  private static final List<Object> ROW =
      Arrays.asList("TOTAL", "OBS", "Observaciones, \"todas\"\ncon salto", 12L, 100);

  @Test
  void csvIsUtf8WithoutBomWithAHeaderAndQuotedFields() throws Exception {
    var out = new ByteArrayOutputStream();
    DatasetWriter.csv(new DatasetRows(Dataset.STATISTICS, List.of(ROW)), out);
    byte[] bytes = out.toByteArray();
    assertTrue(bytes[0] == 'd', "no byte-order mark");
    var records =
        CSVParser.parse(new String(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180).getRecords();
    assertEquals(
        List.of("dimension", "code", "label", "count", "percent"), records.get(0).toList());
    assertEquals("Observaciones, \"todas\"\ncon salto", records.get(1).get(2));
    assertEquals("12", records.get(1).get(3));
  }

  @Test
  void csvNeutralisesTextASpreadsheetWouldRunAsAFormulaButNotNumbers() throws Exception {
    List<Object> row =
        Arrays.asList("GROUP", "=HYPERLINK(\"http://malo.example\",\"ver\")", "@SUM(A1)", -3L, 100);
    var out = new ByteArrayOutputStream();
    DatasetWriter.csv(new DatasetRows(Dataset.STATISTICS, List.of(row)), out);
    var record =
        CSVParser.parse(out.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180)
            .getRecords()
            .get(1);
    assertEquals("'=HYPERLINK(\"http://malo.example\",\"ver\")", record.get(1));
    assertEquals("'@SUM(A1)", record.get(2));
    assertEquals("-3", record.get(3), "a number is not text");

    var json = new ByteArrayOutputStream();
    DatasetWriter.json(new DatasetRows(Dataset.STATISTICS, List.of(row)), json);
    assertTrue(
        json.toString(StandardCharsets.UTF_8).contains("\"=HYPERLINK"),
        "JSON keeps the text as it is");
  }

  @Test
  void jsonKeepsTypesAndDescribesItsColumns() {
    var out = new ByteArrayOutputStream();
    List<Object> answerless =
        Arrays.asList("x", 7L, null, 0, 0, "CHAPTER", null, "T", null, null, "u");
    DatasetWriter.json(new DatasetRows(Dataset.PARTS, List.of(answerless)), out);
    var json =
        Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    assertEquals("parts", json.getString("dataset"));
    assertEquals(1, json.getInt("total"));
    var item = json.getJsonArray("items").getJsonObject(0);
    assertEquals(7, item.getInt("part_id"));
    assertTrue(item.isNull("parent_id"));
    assertEquals(Dataset.PARTS.columns().size(), json.getJsonArray("columns").size());
  }

  @Test
  void everyColumnOfEveryDatasetHasADescriptionInTheBundle() {
    for (Dataset d : Dataset.values()) {
      for (Column c : d.columns()) {
        assertTrue(!c.description(d).startsWith("openData."), d.slug() + "." + c.name());
        assertTrue(!c.typeLabel().startsWith("ColumnType."), c.type().name());
      }
      assertTrue(!d.title().startsWith("openData."), d.slug());
    }
  }

  @Test
  void instantsAreWrittenInIsoUtc() {
    assertEquals("2026-03-11T04:30:00Z", DatasetWriter.text(Instant.parse("2026-03-11T04:30:00Z")));
  }

  @Test
  void pagingIsBounded() {
    assertEquals(new Paging(1, 20), Paging.parse(null, "").orElseThrow());
    assertEquals(new Paging(3, 100), Paging.parse("3", "100").orElseThrow());
    assertTrue(Paging.parse("0", "10").isEmpty());
    assertTrue(Paging.parse("1", "101").isEmpty());
    assertTrue(Paging.parse("uno", "10").isEmpty());
  }
}
