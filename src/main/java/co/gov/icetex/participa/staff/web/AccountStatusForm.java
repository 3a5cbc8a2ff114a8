package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.AccountAdministration;
import co.gov.icetex.participa.staff.application.AccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;

/**
 * The status of an account (form {@code status}): deactivate, reactivate or unlock it. A refusal
 * (one's own account, the last administrator) is said about the form as a whole.
 */
@Named("accountStatus")
@RequestScoped
public class AccountStatusForm {

  @Inject AccountBacking page;
  @Inject AccountAdministration administration;
  @Inject FormErrors formErrors;

  public void deactivate() {
    change(administration::deactivate, "deactivated");
  }

  public void reactivate() {
    change(administration::reactivate, "reactivated");
  }

  public void unlock() {
    change(administration::unlock, "unlocked");
  }

  private void change(LongConsumer action, String notice) {
    AccountView current = page.getCurrent();
    if (current == null) {
      Pages.notFound();
      return;
    }
    try {
      action.accept(current.id());
      Pages.redirect(AccountBacking.PAGE, AdminForms.params(current.id(), notice));
    } catch (Refusal refused) {
      formErrors.show("status", refused);
    }
  }
}
