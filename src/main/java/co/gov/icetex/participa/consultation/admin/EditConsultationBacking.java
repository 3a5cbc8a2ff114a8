package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.EditorPart;
import co.gov.icetex.participa.consultation.application.EditorView;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/consultas/editar.xhtml?id=N} (or without id: a new draft): the consultation as the
 * editor shows it, and which part is being edited. Each form of the page has its own request-scoped
 * bean (details, part, import, files, publication, extension, early closing, correction,
 * observations in the open) that sends one command through {@link #attempt} and so refreshes this
 * view; the options that are the same for every consultation are {@link EditorChoices}'.
 */
@Named("editConsultation")
@ViewScoped
public class EditConsultationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsultationEditor editor; // a serialisable client proxy
  @Inject FormErrors formErrors; // a client proxy too: the current request's

  private Long id;
  private Long partParam;
  private EditorView view;
  private List<String> offices = List.of();
  private Long editingPartId;
  private String saved;

  public void load() {
    offices = editor.activeOffices();
    if (id == null) {
      return;
    }
    try {
      refresh();
    } catch (Refusal e) {
      Pages.notFound();
      return;
    }
    if (partParam != null && view.parts().stream().anyMatch(p -> p.id() == partParam)) {
      editingPartId = partParam;
    }
  }

  private void refresh() {
    view = editor.view(id);
  }

  /**
   * Runs one form's command: on success says so with {@code savedKey} (when given) and returns
   * true; on a refusal shows it on the form {@code formId}, its fields found by the command's field
   * names or under the names {@code inputs} gives them. Either way the view is read again.
   */
  boolean attempt(String formId, Runnable action, String savedKey, Map<String, String> inputs) {
    boolean done = formErrors.attempt(formId, action, inputs);
    saved = done && savedKey != null ? Messages.get(savedKey) : null;
    if (id != null) {
      refresh();
    }
    return done;
  }

  void said(String message) {
    saved = message;
  }

  void stopEditing() {
    editingPartId = null;
  }

  // --- for the page and the forms
  // -----------------------------------------------------------------

  public String getSaved() {
    return saved;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isDraft() {
    return view == null || view.draft();
  }

  public EditorView getView() {
    return view;
  }

  public EditorPart getEditingPart() {
    return editingPartId == null || view == null
        ? null
        : view.parts().stream().filter(p -> p.id() == editingPartId).findFirst().orElse(null);
  }

  public boolean isEditingRow() {
    EditorPart p = getEditingPart();
    return p != null && p.tableRow();
  }

  public List<String> getOffices() {
    return offices;
  }

  /** Parts that can hold others (text parts), for the "under" selects. */
  public List<EditorPart> getContainers() {
    return view == null ? List.of() : view.parts().stream().filter(p -> !p.tableRow()).toList();
  }

  public String getPublishLead() {
    return Messages.get("editor.publish.lead", editor.minimumWindow().toDays());
  }

  public Long getPart() {
    return partParam;
  }

  public void setPart(Long part) {
    this.partParam = part;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
