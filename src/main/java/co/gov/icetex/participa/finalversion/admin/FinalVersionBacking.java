package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.finalversion.application.FinalPartRow;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import co.gov.icetex.participa.finalversion.application.FinalVersionWorkspace;
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
import java.util.Objects;

/**
 * {@code /admin/consultas/version-final.xhtml?id=N[&parte=M]}: the final version of a closed
 * consultation as the editor sees it, and which part is being edited. The forms with fields have
 * their own request-scoped beans (part, links, new part, summary) that send one command through
 * {@link #attempt} and so refresh this view; the forms that are one button (start, the parts'
 * remove and restore, publication) are here.
 */
@Named("finalVersionEditor")
@ViewScoped
public class FinalVersionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FinalVersionEditor editor; // a serialisable client proxy
  @Inject FormErrors formErrors; // a client proxy too: the current request's

  private Long id;
  private Long partParam;
  private FinalVersionWorkspace view;
  private Long editingPartId;
  private String saved;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      refresh();
    } catch (Refusal e) {
      Pages.notFound();
      return;
    }
    if (partParam != null) {
      startEditing(partParam);
    }
  }

  private void refresh() {
    view = editor.workspace(id);
  }

  /**
   * Runs one form's command: on success says so with {@code savedKey} and returns true; on a
   * refusal shows it on the form {@code formId}, its fields found by the command's field names or
   * under the names {@code inputs} gives them. Either way the view is read again.
   */
  boolean attempt(String formId, Runnable action, String savedKey, Map<String, String> inputs) {
    boolean done = formErrors.attempt(formId, action, inputs);
    saved = done ? Messages.get(savedKey) : null;
    refresh();
    return done;
  }

  /** Edits this part (a removed part is not edited, but its links are). */
  void startEditing(long partId) {
    if (part(partId) != null) {
      editingPartId = partId;
    }
  }

  // --- the one-button forms ---------------------------------------------------------------------

  public void start() {
    attempt("start", () -> editor.start(id), "finalVersion.saved.started", Map.of());
  }

  public void remove(long partId) {
    attempt("parts", () -> editor.removePart(id, partId), "finalVersion.saved.removed", Map.of());
    if (Objects.equals(editingPartId, partId)) {
      editingPartId = null;
    }
  }

  public void restore(long partId) {
    attempt("parts", () -> editor.restorePart(id, partId), "finalVersion.saved.restored", Map.of());
  }

  public void publish() {
    attempt("publish", () -> editor.publish(id), "finalVersion.saved.published", Map.of());
  }

  // --- for the page and the forms ---------------------------------------------------------------

  private FinalPartRow part(long partId) {
    return view == null
        ? null
        : view.parts().stream().filter(p -> p.id() == partId).findFirst().orElse(null);
  }

  public String getSaved() {
    return saved;
  }

  public FinalVersionWorkspace getView() {
    return view;
  }

  public FinalPartRow getEditingPart() {
    return editingPartId == null ? null : part(editingPartId);
  }

  public List<PartKind> getKinds() {
    return List.of(PartKind.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPart() {
    return partParam;
  }

  public void setPart(Long part) {
    this.partParam = part;
  }
}
