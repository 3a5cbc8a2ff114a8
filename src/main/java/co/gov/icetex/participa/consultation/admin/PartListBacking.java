package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
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

  public void remove(long partId) {
    page.attempt(
        "parts",
        () -> editor.removePart(page.getId(), partId),
        "editor.saved.partRemoved",
        Map.of());
  }

  public void move(long partId, boolean up) {
    page.attempt(
        "parts",
        () -> editor.movePart(page.getId(), partId, up),
        "editor.saved.partMoved",
        Map.of());
  }
}
