package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.EditorRefused;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The editor's switch for observations in the open (one form on the consultation editor): stop showing
 * a consultation's publishable observations before the report, with a reason, or show them again.
 * Saving redirects back to the editor, whose view then shows the new state.
 */
@Named("observationsInTheOpen")
@RequestScoped
public class ObservationsInTheOpenBacking {

  static final String SAVED = "participa.observationsInTheOpen.saved";

  @Inject ConsultationEditor editor;

  private Long consultationId;
  private String reason;
  private String error;

  public String hide() {
    return save(false);
  }

  public String show() {
    return save(true);
  }

  private String save(boolean shown) {
    String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
        .get("openObs:consultation");
    if (posted == null || !posted.matches("\\d{1,18}")) {
      error = Messages.get("editor.error.noSuchConsultation");
      return null;
    }
    consultationId = Long.valueOf(posted);
    try {
      editor.showObservations(consultationId, shown, reason);
    } catch (EditorRefused refused) {
      error = refused.errors().ordered().values().stream().findFirst().orElse(null);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash()
        .put(SAVED, Messages.get(shown ? "editor.observations.saved.shown" : "editor.observations.saved.hidden"));
    return "/admin/consultas/editar.xhtml?faces-redirect=true&id=" + consultationId;
  }

  public String getError() {
    return error;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
