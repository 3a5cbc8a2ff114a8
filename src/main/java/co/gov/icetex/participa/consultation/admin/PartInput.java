package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.EditorPart;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of the part form, as sent (checked by the editor's command, {@link PartText}): the
 * part's text, where a new part goes and, for a correction of a published consultation, the change
 * note. A table row's cells keep their columns; only their values are edited.
 */
public class PartInput {

  private PartKind kind;
  private Long parentId;
  private String numberLabel;
  private String partTitle;
  private String body;
  private List<CellInput> cells = new ArrayList<>();
  private String partNote;

  /** An empty form, for a new part. */
  PartInput() {}

  /** The form filled with {@code part} as saved (a post then sets what was sent, cell by cell). */
  PartInput(EditorPart part) {
    kind = part.kind();
    numberLabel = part.numberLabel();
    partTitle = part.title();
    body = part.body();
    cells =
        new ArrayList<>(
            part.fields().stream().map(f -> new CellInput(f.label(), f.value())).toList());
  }

  PartText toText() {
    return new PartText(
        kind,
        numberLabel,
        partTitle,
        body,
        cells.stream().map(c -> new PartField(c.getLabel(), c.getValue())).toList());
  }

  public PartKind getKind() {
    return kind;
  }

  public void setKind(PartKind kind) {
    this.kind = kind;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
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

  public String getPartNote() {
    return partNote;
  }

  public void setPartNote(String partNote) {
    this.partNote = partNote;
  }
}
