package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.OfficeAdministration;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The name of an office (form {@code rename}); the rules on names are the service's. */
@Named("officeRename")
@RequestScoped
public class OfficeRenameForm {

  @Inject OfficeBacking page;
  @Inject OfficeAdministration administration;
  @Inject FormErrors formErrors;

  private String name;

  /** The name as stored (a post then sets what was sent). */
  @PostConstruct
  void fill() {
    Office current = page.getCurrent();
    name = current == null ? null : current.getName();
  }

  public void rename() {
    Office current = page.getCurrent();
    if (current == null) {
      Pages.notFound();
      return;
    }
    try {
      administration.rename(current.getId(), name);
      Pages.redirect(OfficeBacking.PAGE, AdminForms.params(current.getId(), "renamed"));
    } catch (Refusal refused) {
      formErrors.show("rename", refused);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
