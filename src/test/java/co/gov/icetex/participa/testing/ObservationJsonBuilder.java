package co.gov.icetex.participa.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: a valid observation body, with each field overridable. */
public final class ObservationJsonBuilder {

  /**
   * Numbers the default text: identical texts on one consultation form a campaign (grouped after
   * intake, one row in the staff queue, pre-selected together for an answer), which checks about
   * other things must not set off by posting the same sentence again and again.
   */
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private ObservationJsonBuilder() {
    fields.put("authorName", "Ana María Pérez");
    fields.put("email", "ana+" + UUID.randomUUID() + "@example.co");
    fields.put("stakeholderGroup", "ESTUDIANTE");
    fields.put("department", "05");
    fields.put(
        "text",
        "Sugiero incluir metas trimestrales en la gestión de riesgos (propuesta "
            + SERIAL.incrementAndGet()
            + ").");
    fields.put("consent", true);
    fields.put("showName", false);
  }

  public static ObservationJsonBuilder anObservation() {
    return new ObservationJsonBuilder();
  }

  public ObservationJsonBuilder with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public ObservationJsonBuilder without(String field) {
    fields.remove(field);
    return this;
  }

  public String email() {
    return (String) fields.get("email");
  }

  /** The fields as strings, for a multipart form. */
  public Map<String, String> asFormFields() {
    Map<String, String> form = new LinkedHashMap<>();
    fields.forEach((k, v) -> form.put(k, String.valueOf(v)));
    return form;
  }

  public String json() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    fields.forEach(
        (k, v) -> {
          if (v == null) {
            b.addNull(k);
          } else if (v instanceof Boolean bool) {
            b.add(k, bool);
          } else if (v instanceof Number n) {
            b.add(k, n.longValue());
          } else {
            b.add(k, v.toString());
          }
        });
    return b.build().toString();
  }
}
