package co.gov.icetex.participa.privacy.web;

import co.gov.icetex.participa.privacy.application.PersonalDataHoldings;
import co.gov.icetex.participa.privacy.application.PersonalDataRequests;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.StaffChangeRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Habeas-data requests: /admin/datos-personales/. An administrator looks up an address, sees what
 * the portal keeps about it and suppresses it under the request's reference. The address travels
 * only in form posts, never in a URL (it would end up in access logs); the redirect after a
 * suppression carries only counts.
 */
@Named("personalData")
@RequestScoped
public class PersonalDataBacking {

  static final String PAGE = "/admin/datos-personales/";
  private static final String SUPPRESS_FORM = "suppress";

  @Inject PersonalDataRequests requests;

  private String email;
  private String reference;
  private boolean confirm;
  private PersonalDataHoldings holdings;
  private Map<String, String> errors = Map.of();

  public void find() {
    try {
      holdings = requests.find(email);
    } catch (StaffChangeRefused refused) {
      errors = refused.errors().ordered();
    }
  }

  public void suppress() {
    try {
      PersonalDataHoldings done = requests.suppress(email, reference, confirm);
      Pages.redirect(
          PAGE,
          Map.of(
              "suprimidas", Integer.toString(done.observations().size()),
              "inscripciones", Integer.toString(done.registrations().size()),
              "correos", Long.toString(done.mails())));
    } catch (StaffChangeRefused refused) {
      errors = refused.errors().ordered();
      if (!errors.containsKey(PersonalDataRequests.FIELD_EMAIL)) {
        holdings = requests.find(email); // show again what the confirmation is about
      }
    }
  }

  public String error(String field) {
    return errors.get(field);
  }

  /**
   * Whether the holdings and the suppression form are part of the page. While Faces decodes a post
   * of that form they must be, or its action would never run; the bean is request-scoped on purpose
   * (the holdings are personal data, kept in no session), so the holdings themselves are only there
   * once looked up again.
   */
  public boolean isHoldingsShown() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean decodingSuppression =
        faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
            && faces.getExternalContext().getRequestParameterMap().containsKey(SUPPRESS_FORM);
    return holdings != null || decodingSuppression;
  }

  public PersonalDataHoldings getHoldings() {
    return holdings;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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
