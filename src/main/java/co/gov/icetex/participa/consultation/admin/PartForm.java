package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.EditorPart;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The part form (form {@code part}): adds a part to a draft, edits one of a draft, or corrects one
 * of a published consultation with a change note. Which part is the page's ({@code ?parte=}). A
 * saved part redirects (see {@link PartsPanel#land}), so a reload sends nothing twice.
 */
@Named("partForm")
@RequestScoped
public class PartForm {

  /** The command's fields under the names of this form's inputs. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "kind", "partKind", "parent", "parentId", "title", "partTitle", "changeNote", "partNote");

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;
  @Inject PartsPanel panel;

  private PartInput input;

  /** The part being edited, as saved, or an empty form for a new part. */
  @PostConstruct
  void fill() {
    EditorPart editing = page.getEditingPart();
    input = editing == null ? new PartInput() : new PartInput(editing);
  }

  /** Saves; the editor lands back on the part's row (or on an empty form to add another). */
  public void save() {
    EditorPart editing = page.getEditingPart();
    String message = store(editing);
    if (message != null) {
      if (editing == null) {
        panel.land(page.getId(), null, PartsPanel.Landing.FORM, message);
      } else {
        panel.land(page.getId(), editing.id(), PartsPanel.Landing.ROW, message);
      }
    }
  }

  /** Saves, then opens the next part's form, so a long document is worked through in order. */
  public void saveAndNext() {
    EditorPart editing = page.getEditingPart();
    EditorPart next = panel.getNext();
    if (next == null) {
      save();
      return;
    }
    String message = store(editing);
    if (message != null) {
      panel.land(page.getId(), next.id(), PartsPanel.Landing.FORM, message);
    }
  }

  /** Sends the command for this part; returns the message to show, null when it was refused. */
  private String store(EditorPart editing) {
    PartText text = input.toText();
    long id = page.getId();
    String savedKey;
    boolean done;
    if (editing == null) {
      savedKey = "editor.saved.partAdded";
      done =
          page.attempt("part", () -> editor.addPart(id, input.getParentId(), text), null, INPUTS);
    } else if (page.isDraft()) {
      savedKey = "editor.saved.part";
      done = page.attempt("part", () -> editor.editPart(id, editing.id(), text), null, INPUTS);
    } else {
      savedKey = "editor.saved.corrected";
      done =
          page.attempt(
              "part",
              () -> editor.correctPart(id, editing.id(), text, input.getPartNote()),
              null,
              INPUTS);
    }
    return done ? Messages.get(savedKey) : null;
  }

  public PartInput getInput() {
    return input;
  }
}
