package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.OfficeAdministration;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;

/**
 * Deactivating or reactivating an office (form {@code status}); a refusal (responders still belong
 * to it) is said about the form as a whole.
 */
@Named("officeStatus")
@RequestScoped
public class OfficeStatusForm {

  @Inject OfficeBacking page;
  @Inject OfficeAdministration administration;
  @Inject FormErrors formErrors;

  public void deactivate() {
    change(administration::deactivate, "deactivated");
  }

  public void reactivate() {
    change(administration::reactivate, "reactivated");
  }

  private void change(LongConsumer action, String notice) {
    Office current = page.getCurrent();
    if (current == null) {
      Pages.notFound();
      return;
    }
    try {
      action.accept(current.getId());
      Pages.redirect(OfficeBacking.PAGE, AdminForms.params(current.getId(), notice));
    } catch (Refusal refused) {
      formErrors.show("status", refused);
    }
  }
}
