package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.EarlyClosing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** Closing an open consultation early (form {@code close}), with its public notice. */
@Named("closeForm")
@RequestScoped
public class EarlyClosingForm {

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private String closeNotice;

  public void close() {
    var closing = new EarlyClosing(closeNotice);
    if (page.attempt(
        "close", () -> editor.closeEarly(page.getId(), closing), "editor.saved.closed", Map.of())) {
      closeNotice = null;
    }
  }

  public String getCloseNotice() {
    return closeNotice;
  }

  public void setCloseNotice(String closeNotice) {
    this.closeNotice = closeNotice;
  }
}
