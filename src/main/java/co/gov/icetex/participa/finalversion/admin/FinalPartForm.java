package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.consultation.admin.CellInput;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.finalversion.application.FinalPartRow;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewriting a part of the final version (form {@code part}): number, title, and the body or, for a
 * table row, its cells. Which part is the page's ({@code ?parte=}).
 */
@Named("finalPartForm")
@RequestScoped
public class FinalPartForm {

  /** The command's fields under the names of this form's inputs. */
  private static final Map<String, String> INPUTS = Map.of("title", "partTitle");

  @Inject FinalVersionBacking page;
  @Inject FinalVersionEditor editor;

  private String numberLabel;
  private String partTitle;
  private String body;
  private List<CellInput> cells = new ArrayList<>();

  /** The part being edited, as saved (a post then sets what was sent, cell by cell). */
  @PostConstruct
  void fill() {
    FinalPartRow p = page.getEditingPart();
    if (p != null) {
      numberLabel = p.numberLabel();
      partTitle = p.title();
      body = p.body();
      cells =
          new ArrayList<>(
              p.fields().stream().map(f -> new CellInput(f.label(), f.value())).toList());
    }
  }

  public void save() {
    FinalPartRow p = page.getEditingPart();
    if (p == null) {
      return;
    }
    PartText text =
        new PartText(
            p.kind(),
            numberLabel,
            partTitle,
            body,
            cells.stream().map(c -> new PartField(c.getLabel(), c.getValue())).toList());
    page.attempt(
        "part",
        () -> editor.editPart(page.getId(), p.id(), text),
        "finalVersion.saved.part",
        INPUTS);
  }

  public String getNumberLabel() {
    return numberLabel;
  }

  public void setNumberLabel(String numberLabel) {
    this.numberLabel = numberLabel;
  }

  public String getPartTitle() {
    return partTitle;
  }

  public void setPartTitle(String partTitle) {
    this.partTitle = partTitle;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<CellInput> getCells() {
    return cells;
  }
}
