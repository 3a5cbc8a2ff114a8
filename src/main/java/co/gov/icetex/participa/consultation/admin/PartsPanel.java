package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.EditorPart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts of the consultation editor as a place to work through: the table folded when it is long
 * (so the short actions below it are one screen away, not 10,000 px), the part after the one being
 * edited, and where the editor lands after saving a part: a redirect back to the part or the row it
 * came from, with the message, instead of the top of a long page.
 */
@Named("partsPanel")
@RequestScoped
public class PartsPanel {

  /** Up to this many parts the table is shown unfolded. */
  static final int UNFOLDED_UP_TO = 12;

  static final String SAVED = "participa.editor.partSaved";
  static final String SAVED_PART = "participa.editor.savedPart";
  static final String LANDING = "participa.editor.landing";

  @Inject EditConsultationBacking page;

  private List<EditorPart> parts() {
    return page.getView() == null ? List.of() : page.getView().parts();
  }

  /** Whether the table is unfolded: a short one, or after something was done in it. */
  public boolean isOpen() {
    return parts().size() <= UNFOLDED_UP_TO || landedAt("ROW") || landedAt("LIST");
  }

  /** The part just saved or moved, whose row is marked and scrolled to. */
  public Long getSavedPart() {
    return (Long) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SAVED_PART);
  }

  public String getSavedMessage() {
    return (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SAVED);
  }

  /** The part after the one being edited, in document order; null for the last. */
  public EditorPart getNext() {
    EditorPart editing = page.getEditingPart();
    if (editing == null) {
      return null;
    }
    List<EditorPart> all = parts();
    for (int i = 0; i < all.size() - 1; i++) {
      if (all.get(i).id() == editing.id()) {
        return all.get(i + 1);
      }
    }
    return null;
  }

  /** Rows a text area needs to show {@code text} whole, 2 to 12 (about 60 characters a row). */
  public int rowsFor(String text) {
    if (text == null) {
      return 2;
    }
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += 1 + line.length() / 60;
    }
    return Math.max(2, Math.min(12, lines));
  }

  /** Where the editor lands after a change to the parts. */
  enum Landing {
    /** The part form: the part's own (to correct it again or the next one), or a blank one. */
    FORM,
    /** The part's row in the table, unfolded. */
    ROW,
    /** The top of the parts table. */
    LIST
  }

  /** Whether this page shows the message of a change to the parts at {@code place}. */
  public boolean landedAt(String place) {
    return place.equals(
        FacesContext.getCurrentInstance().getExternalContext().getFlash().get(LANDING));
  }

  /**
   * Redirects to the editor with {@code message}, at {@code where}: the form of part {@code partId}
   * (a blank one when null), its row, or the table.
   */
  void land(long consultationId, Long partId, Landing where, String message) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().put(SAVED, message);
    external.getFlash().put(LANDING, where.name());
    if (partId != null) {
      external.getFlash().put(SAVED_PART, partId);
    }
    String query = "?id=" + consultationId;
    String anchor =
        switch (where) {
          case FORM -> {
            query += partId == null ? "" : "&parte=" + partId;
            yield "#part-heading";
          }
          case ROW -> "#part-" + partId;
          case LIST -> "#parts-heading";
        };
    try {
      external.redirect(
          external.getRequestContextPath() + "/admin/consultas/editar.xhtml" + query + anchor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
