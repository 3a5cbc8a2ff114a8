package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.ObservationsVisibility;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The editor's switch for observations in the open (form {@code openObs} of the consultation
 * editor): stop showing a consultation's publishable observations before the report, with a reason,
 * or show them again. Saving redirects back to the editor, whose view then shows the new state.
 */
@Named("observationsInTheOpen")
@RequestScoped
public class ObservationsInTheOpenBacking {

  static final String SAVED = "participa.observationsInTheOpen.saved";

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;
  @Inject FormErrors formErrors;

  private String reason;

  public String hide() {
    return save(false);
  }

  public String show() {
    return save(true);
  }

  private String save(boolean shown) {
    long id = page.getId();
    try {
      editor.showObservations(id, new ObservationsVisibility(shown, reason));
    } catch (Refusal refused) {
      formErrors.show("openObs", refused, Map.of("observationsReason", "reason"));
      return null;
    }
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .put(
            SAVED,
            Messages.get(
                shown ? "editor.observations.saved.shown" : "editor.observations.saved.hidden"));
    return "/admin/consultas/editar.xhtml?faces-redirect=true&id=" + id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
