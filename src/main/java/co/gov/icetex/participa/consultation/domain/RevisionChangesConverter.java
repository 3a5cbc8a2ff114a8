package co.gov.icetex.participa.consultation.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** Keeps a correction's changes as a JSON array in its revision row. */
@Converter
public class RevisionChangesConverter implements AttributeConverter<List<RevisionChange>, String> {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(List<RevisionChange> changes) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (RevisionChange c : changes == null ? List.<RevisionChange>of() : changes) {
      JsonObjectBuilder o = JSON.createObjectBuilder().add("field", c.field());
      add(o, "partId", c.partId());
      add(o, "partLabel", c.partLabel());
      add(o, "cellLabel", c.cellLabel());
      add(o, "before", c.before());
      add(o, "after", c.after());
      array.add(o);
    }
    return array.build().toString();
  }

  private static void add(JsonObjectBuilder o, String name, Object value) {
    if (value instanceof Long l) {
      o.add(name, l);
    } else if (value != null) {
      o.add(name, value.toString());
    }
  }

  @Override
  public List<RevisionChange> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new RevisionChange(
                      o.getString("field"),
                      o.containsKey("partId")
                              && o.get("partId").getValueType() == JsonValue.ValueType.NUMBER
                          ? o.getJsonNumber("partId").longValue()
                          : null,
                      o.getString("partLabel", null),
                      o.getString("cellLabel", null),
                      o.getString("before", null),
                      o.getString("after", null)))
          .toList();
    }
  }
}
