package co.gov.icetex.participa.privacy.web;

import co.gov.icetex.participa.privacy.application.PersonalDataHoldings;
import co.gov.icetex.participa.privacy.application.PersonalDataRequests;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Habeas-data requests: /admin/datos-personales/. An administrator looks up an address (form {@code
 * find}, here) and sees what the portal keeps about it, then may suppress it ({@link
 * SuppressionForm}, form {@code suppress}). The address travels only in form posts, never in a URL
 * (it would end up in access logs).
 */
@Named("personalData")
@RequestScoped
public class PersonalDataBacking {

  static final String PAGE = "/admin/datos-personales/";
  static final String FIND_FORM = "find";
  private static final String SUPPRESS_FORM = "suppress";

  @Inject PersonalDataRequests requests;
  @Inject FormErrors formErrors;

  private String email;
  private PersonalDataHoldings holdings;

  public void find() {
    try {
      holdings = requests.find(email);
    } catch (Refusal refused) {
      formErrors.show(FIND_FORM, refused);
    }
  }

  /** Shows again what a refused suppression is about. */
  void findAgain() {
    holdings = requests.find(email);
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
}
