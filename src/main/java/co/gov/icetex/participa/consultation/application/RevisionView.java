package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationRevision;
import co.gov.icetex.participa.consultation.domain.RevisionChange;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A correction as the public history shows it: version, date, change note, texts before and after.
 */
public record RevisionView(int version, Instant at, String note, List<RevisionChange> changes)
    implements Serializable {

  static RevisionView of(ConsultationRevision r) {
    return new RevisionView(
        r.getVersionNumber(), r.getCreatedAt(), r.getNote(), List.copyOf(r.getChanges()));
  }
}
