package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.finalversion.diff.TextDiff;
import co.gov.icetex.participa.finalversion.domain.ChangeType;
import co.gov.icetex.participa.finalversion.domain.FinalVersionPart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of a published final version beside its draft: the label (number and title), the body and,
 * for a table row, each cell compared word by word, with the observations that led to the change.
 */
public record FinalPartView(
    long id,
    Long draftPartId,
    PartKind kind,
    int depth,
    ChangeType changeType,
    String label,
    String numberLabel,
    String title,
    String body,
    List<PartField> fields,
    TextDiff labelDiff,
    TextDiff bodyDiff,
    List<CellDiff> cells,
    List<ChangeObservation> observations) {

  static FinalPartView of(FinalVersionPart p, List<ChangeObservation> observations) {
    boolean removed = p.getChangeType() == ChangeType.REMOVED;
    boolean added = p.getChangeType() == ChangeType.ADDED;
    String draftLabel = added ? null : label(p.getDraftNumberLabel(), p.getDraftTitle());
    String finalLabel = removed ? null : label(p.getNumberLabel(), p.getTitle());
    String draftBody = added ? null : p.getDraftBody();
    String finalBody = removed ? null : p.getBody();
    List<PartField> before = added ? List.of() : p.getDraftFields();
    List<PartField> after = removed ? List.of() : p.getFields();
    return new FinalPartView(
        p.getId(),
        p.getDraftPartId(),
        p.getKind(),
        p.getDepth(),
        p.getChangeType(),
        p.getLabel(),
        removed ? p.getDraftNumberLabel() : p.getNumberLabel(),
        removed ? p.getDraftTitle() : p.getTitle(),
        finalBody,
        List.copyOf(after),
        TextDiff.of(draftLabel, finalLabel),
        TextDiff.of(draftBody, finalBody),
        cells(before, after),
        List.copyOf(observations));
  }

  private static String label(String number, String title) {
    return number == null ? title : number + " " + title;
  }

  /** Cells matched by column, in the final order, then columns only the draft had. */
  private static List<CellDiff> cells(List<PartField> before, List<PartField> after) {
    Set<String> labels = new LinkedHashSet<>();
    after.forEach(f -> labels.add(f.label()));
    before.forEach(f -> labels.add(f.label()));
    List<CellDiff> cells = new ArrayList<>();
    for (String label : labels) {
      cells.add(new CellDiff(label, TextDiff.of(value(before, label), value(after, label))));
    }
    return cells;
  }

  private static String value(List<PartField> fields, String label) {
    return fields.stream()
        .filter(f -> f.label().equals(label))
        .map(PartField::value)
        .findFirst()
        .orElse(null);
  }

  public boolean tableRow() {
    return kind.isTableRow();
  }

  public boolean changed() {
    return changeType.isChange();
  }

  /** The element id of the part on the public page, for links to it. */
  public String anchor() {
    return "parte-" + id;
  }
}
