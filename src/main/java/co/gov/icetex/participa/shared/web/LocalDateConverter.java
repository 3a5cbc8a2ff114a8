package co.gov.icetex.participa.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date in forms is what a date input sends, ISO {@code 2027-03-15}, whatever the browser shows.
 * An empty field is null (the command says whether the date is required); anything else is a
 * conversion error, whose message is the input's {@code converterMessage} ({@code pa:input
 * invalidMessage}).
 */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ConverterException(e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
