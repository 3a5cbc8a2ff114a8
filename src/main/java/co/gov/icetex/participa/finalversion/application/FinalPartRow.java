package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.finalversion.domain.ChangeType;
import co.gov.icetex.participa.finalversion.domain.FinalVersionPart;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A part of a final version being prepared, as the editor's page lists and edits it. */
public record FinalPartRow(
    long id,
    Long draftPartId,
    PartKind kind,
    int depth,
    String label,
    String numberLabel,
    String title,
    String body,
    List<PartField> fields,
    ChangeType changeType,
    String draftBody,
    List<LinkOption> linked)
    implements Serializable {

  static FinalPartRow of(FinalVersionPart p, Map<Long, LinkOption> observations) {
    List<LinkOption> linked =
        p.getObservationIds().stream().map(observations::get).filter(Objects::nonNull).toList();
    return new FinalPartRow(
        p.getId(),
        p.getDraftPartId(),
        p.getKind(),
        p.getDepth(),
        p.getLabel(),
        p.getNumberLabel(),
        p.getTitle(),
        p.getBody(),
        List.copyOf(p.getFields()),
        p.getChangeType(),
        p.getDraftBody(),
        linked);
  }

  public boolean tableRow() {
    return kind.isTableRow();
  }

  public boolean removed() {
    return changeType == ChangeType.REMOVED;
  }

  public boolean added() {
    return changeType == ChangeType.ADDED;
  }
}
