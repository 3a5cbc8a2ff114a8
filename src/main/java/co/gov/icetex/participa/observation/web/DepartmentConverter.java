package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.domain.Department;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A department in forms is its DIVIPOLA code ({@code 05}), as in the API, instead of the enum's
 * name. An empty choice is null (the command says it is required); an unknown code is a conversion
 * error, whose message is the input's {@code converterMessage}.
 */
@FacesConverter(forClass = Department.class)
public class DepartmentConverter implements Converter<Department> {

  @Override
  public Department getAsObject(FacesContext context, UIComponent component, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return Department.ofCode(code.strip()).orElseThrow(ConverterException::new);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Department department) {
    return department == null ? "" : department.getCode();
  }
}
