package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.io.Serializable;
import java.util.List;

/**
 * The texts of a part as an editor writes them: kind (used when adding), number, title, body and, for
 * a table row, its cells.
 */
public record PartText(PartKind kind, String numberLabel, String title, String body, List<PartField> fields)
    implements Serializable {}
