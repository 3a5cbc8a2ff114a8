package co.gov.icetex.participa.consultation.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Keeps a row's cells as a small JSON array in the part's row, so a whole document loads in one
 * query whatever columns its tables have.
 */
@Converter
public class PartFieldsConverter implements AttributeConverter<List<PartField>, String> {

  /**
   * Looked up once: {@code Json.createReader} searches for a provider on every call (measured hot).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(List<PartField> fields) {
    if (fields == null || fields.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    fields.forEach(
        f -> array.add(JSON.createObjectBuilder().add("l", f.label()).add("v", f.value())));
    return array.build().toString();
  }

  @Override
  public List<PartField> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(o -> new PartField(o.getString("l"), o.getString("v", "")))
          .toList();
    }
  }
}
