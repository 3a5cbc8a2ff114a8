package co.gov.icetex.participa.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time in forms is what {@code <input type="datetime-local">} posts, {@code
 * 2026-12-10T09:00} (the page says which time zone it means). An empty field is null; anything else
 * is a conversion error, whose message is the input's {@code converterMessage} ({@code pa:input
 * invalidMessage}).
 */
@FacesConverter(forClass = LocalDateTime.class)
public class LocalDateTimeConverter implements Converter<LocalDateTime> {

  @Override
  public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ConverterException(e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
    return value == null ? "" : value.withSecond(0).withNano(0).toString();
  }
}
