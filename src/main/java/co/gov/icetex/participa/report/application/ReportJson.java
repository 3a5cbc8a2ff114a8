package co.gov.icetex.participa.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

/**
 * The report as JSON for the public API, generated straight to the stream (JSON-P), one entry at a
 * time. Codes (outcome, group, channel, department) are the API's codes; dates are ISO-8601
 * instants in UTC. It carries what the report made public and nothing else: no e-mail, a name only
 * with consent.
 */
@ApplicationScoped
public class ReportJson {

  @Inject ReportReader reader;

  public void write(ReportSummary r, String apiBase, OutputStream out) {
    try (JsonGenerator g = Json.createGeneratorFactory(Map.of()).createGenerator(out)) {
      g.writeStartObject();
      g.writeStartObject("consultation")
          .write("slug", r.slug())
          .write("title", r.title())
          .write("type", r.type().name())
          .write("year", r.year())
          .write("office", r.office())
          .write("opensAt", r.opensAt().toString())
          .write("closesAt", r.closesAt().toString())
          .writeEnd();
      g.write("version", r.version())
          .write("publishedAt", r.publishedAt().toString())
          .write("announcedWhere", r.announcedWhere());
      g.writeStartArray("versions");
      r.versions()
          .forEach(
              v ->
                  g.writeStartObject()
                      .write("version", v.version())
                      .write("publishedAt", v.publishedAt().toString())
                      .write("url", apiBase + "?version=" + v.version())
                      .writeEnd());
      g.writeEnd();
      g.write("totals", r.totals().toJson());
      g.writeStartArray("observations");
      reader.forEachEntry(
          r.id(),
          e -> {
            g.writeStartObject().write("trackingCode", e.trackingCode());
            nullable(g, "part", e.partLabel());
            nullable(g, "author", e.publicAuthor());
            g.write("stakeholderGroup", e.group().name())
                .write("department", e.departmentCode())
                .write("channel", e.channel().name())
                .write("receivedAt", e.receivedAt().toString());
            nullable(g, "text", e.text());
            g.write("textWithheld", e.textWithheld()).write("disposition", e.disposition().name());
            nullable(g, "reason", e.reason() == null ? null : e.reason().name());
            nullable(g, "outcome", e.outcome() == null ? null : e.outcome().name());
            nullable(g, "answer", e.answerText());
            nullable(g, "answeredAt", e.answeredAt());
            g.write("dueDate", e.dueDate().toString());
            g.write("observationCount", e.observationCount());
            if (e.campaign()) {
              g.writeStartArray("campaignMembers");
              e.campaignMembers().forEach(g::write);
              g.writeEnd();
            }
            if (e.onTime() == null) {
              g.writeNull("onTime");
            } else {
              g.write("onTime", e.onTime());
            }
            g.writeEnd();
          });
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void nullable(JsonGenerator g, String name, Object value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value instanceof Instant i ? i.toString() : value.toString());
    }
  }
}
