package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.OfficeAdministration;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Administrators list offices and create new ones: /admin/dependencias/. */
@Named("offices")
@RequestScoped
public class OfficesBacking {

  @Inject OfficeAdministration administration;
  @Inject FormErrors formErrors;

  private String name;
  private List<Office> list;

  public void create() {
    try {
      long id = administration.create(name);
      Pages.redirect(OfficeBacking.PAGE, AdminForms.params(id, "created"));
    } catch (Refusal refused) {
      formErrors.show("newOffice", refused);
    }
  }

  public List<Office> getList() {
    if (list == null) {
      list = administration.all();
    }
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
