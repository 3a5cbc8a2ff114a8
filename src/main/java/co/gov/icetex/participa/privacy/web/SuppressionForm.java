package co.gov.icetex.participa.privacy.web;

import co.gov.icetex.participa.privacy.application.PersonalDataHoldings;
import co.gov.icetex.participa.privacy.application.PersonalDataRequests;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Suppressing what the portal keeps about the address looked up (form {@code suppress}): the
 * request's reference and the confirmation that it cannot be undone. The redirect after it carries
 * only counts.
 */
@Named("suppression")
@RequestScoped
public class SuppressionForm {

  @Inject PersonalDataBacking page;
  @Inject PersonalDataRequests requests;
  @Inject FormErrors formErrors;

  private String reference;
  private boolean confirm;

  public void suppress() {
    try {
      PersonalDataHoldings done = requests.suppress(page.getEmail(), reference, confirm);
      Pages.redirect(
          PersonalDataBacking.PAGE,
          Map.of(
              "suprimidas", Integer.toString(done.observations().size()),
              "inscripciones", Integer.toString(done.registrations().size()),
              "correos", Long.toString(done.mails())));
    } catch (Refusal refused) {
      if (refused.messageFor(PersonalDataRequests.FIELD_EMAIL).isPresent()) {
        // about the address: said next to it, in the lookup form
        formErrors.show(PersonalDataBacking.FIND_FORM, refused);
      } else {
        formErrors.show("suppress", refused);
        page.findAgain();
      }
    }
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }
}
