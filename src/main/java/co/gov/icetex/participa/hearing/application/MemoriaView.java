package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Memoria;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** A published memoria read back from its frozen snapshot, for the page, the PDF and the API. */
public record MemoriaView(
    int number,
    Instant publishedAt,
    String summary,
    String commitments,
    long registeredInPerson,
    long registeredOnline,
    long questionsReceived,
    List<Question> questions,
    long responses,
    double clarity,
    double usefulness,
    long answered,
    long notAnswered,
    long noQuestion,
    List<String> comments) {

  public record Question(
      String trackingCode, String author, String text, String outcome, String answer) {}

  /**
   * The same memoria with these questions' authors no longer named (they withdrew their consent).
   */
  MemoriaView withoutAuthorsOf(java.util.Set<String> codes) {
    if (codes.isEmpty()) {
      return this;
    }
    List<Question> shown =
        questions.stream()
            .map(
                q ->
                    codes.contains(q.trackingCode())
                        ? new Question(q.trackingCode(), "", q.text(), q.outcome(), q.answer())
                        : q)
            .toList();
    return new MemoriaView(
        number,
        publishedAt,
        summary,
        commitments,
        registeredInPerson,
        registeredOnline,
        questionsReceived,
        shown,
        responses,
        clarity,
        usefulness,
        answered,
        notAnswered,
        noQuestion,
        comments);
  }

  /**
   * Read back as frozen; callers show it through {@code HearingCatalog.view}, which honours
   * suppressions.
   */
  static MemoriaView of(Memoria m) {
    JsonObject s;
    try (var reader = Json.createReader(new StringReader(m.getSnapshotJson()))) {
      s = reader.readObject();
    }
    JsonObject survey = s.getJsonObject("survey");
    return new MemoriaView(
        m.getNumber(),
        m.getPublishedAt(),
        s.getString("summary"),
        s.getString("commitments"),
        s.getJsonNumber("registeredInPerson").longValue(),
        s.getJsonNumber("registeredOnline").longValue(),
        s.getJsonNumber("questionsReceived").longValue(),
        s.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
            .map(
                q ->
                    new Question(
                        q.getString("trackingCode"),
                        q.getString("author"),
                        q.getString("text"),
                        q.getString("outcome"),
                        q.getString("answer")))
            .toList(),
        survey.getJsonNumber("responses").longValue(),
        survey.getJsonNumber("clarity").doubleValue(),
        survey.getJsonNumber("usefulness").doubleValue(),
        survey.getJsonNumber("answered").longValue(),
        survey.getJsonNumber("notAnswered").longValue(),
        survey.getJsonNumber("noQuestion").longValue(),
        survey.getJsonArray("comments").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }
}
