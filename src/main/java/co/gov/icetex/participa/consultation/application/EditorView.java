package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.EditorialState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything the editor page shows of one consultation, read in one transaction. */
public record EditorView(
    long id,
    String slug,
    ConsultationType type,
    String title,
    String summary,
    int year,
    String office,
    EditorialState state,
    Instant opensAt,
    Instant closesAt,
    String shortWindowReason,
    int version,
    List<EditorPart> parts,
    List<FileSummary> files,
    List<NoticeView> notices,
    List<RevisionView> revisions,
    boolean observationsHidden,
    String observationsHiddenReason)
    implements Serializable {

  public boolean draft() {
    return state == EditorialState.DRAFT;
  }
}
