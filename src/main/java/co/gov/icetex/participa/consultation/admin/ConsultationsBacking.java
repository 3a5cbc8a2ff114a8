package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.EditorListItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /admin/consultas/}: every consultation, drafts included, most recently changed first. */
@Named("consultations")
@RequestScoped
public class ConsultationsBacking {

  @Inject ConsultationEditor editor;

  private List<EditorListItem> items = List.of();

  public void load() {
    items = editor.all();
  }

  public List<EditorListItem> getItems() {
    return items;
  }
}
