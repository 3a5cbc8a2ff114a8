package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A part the draft did not have (form {@code add}): where, its kind and its texts; once added it is
 * the part being edited, so that its text or cells can be completed.
 */
@Named("finalAddForm")
@RequestScoped
public class FinalAddForm {

  /** The command's and the entity's fields under the names of this form's inputs. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "after", "addAfter",
          "kind", "addKind",
          "numberLabel", "addNumber",
          "title", "addTitle",
          "partTitle", "addTitle",
          "body", "addBody");

  @Inject FinalVersionBacking page;
  @Inject FinalVersionEditor editor;

  private Long addAfter;
  private PartKind addKind;
  private String addNumber;
  private String addTitle;
  private String addBody;

  public void add() {
    var text = new PartText(addKind, addNumber, addTitle, addBody, null);
    long[] added = new long[1];
    if (page.attempt(
        "add",
        () -> added[0] = editor.addPart(page.getId(), addAfter, text),
        "finalVersion.saved.added",
        INPUTS)) {
      addAfter = null;
      addKind = null;
      addNumber = null;
      addTitle = null;
      addBody = null;
      page.startEditing(added[0]);
    }
  }

  public Long getAddAfter() {
    return addAfter;
  }

  public void setAddAfter(Long addAfter) {
    this.addAfter = addAfter;
  }

  public PartKind getAddKind() {
    return addKind;
  }

  public void setAddKind(PartKind addKind) {
    this.addKind = addKind;
  }

  public String getAddNumber() {
    return addNumber;
  }

  public void setAddNumber(String addNumber) {
    this.addNumber = addNumber;
  }

  public String getAddTitle() {
    return addTitle;
  }

  public void setAddTitle(String addTitle) {
    this.addTitle = addTitle;
  }

  public String getAddBody() {
    return addBody;
  }

  public void setAddBody(String addBody) {
    this.addBody = addBody;
  }
}
