package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The buttons of the parts table (form {@code parts}): move a draft's part up or down, or remove
 * it.
 */
@Named("partList")
@RequestScoped
public class PartListBacking {

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;
  @Inject PartsPanel panel;

  public void remove(long partId) {
    if (page.attempt("parts", () -> editor.removePart(page.getId(), partId), null, Map.of())) {
      panel.land(
          page.getId(), null, PartsPanel.Landing.LIST, Messages.get("editor.saved.partRemoved"));
    }
  }

  /** Moves a part; the editor lands on its row again, in the unfolded table. */
  public void move(long partId, boolean up) {
    if (page.attempt("parts", () -> editor.movePart(page.getId(), partId, up), null, Map.of())) {
      panel.land(
          page.getId(), partId, PartsPanel.Landing.ROW, Messages.get("editor.saved.partMoved"));
    }
  }
}
