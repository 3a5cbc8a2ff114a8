package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.EditorialState;
import java.io.Serializable;
import java.time.Instant;

/** One consultation in the editors' list, drafts included. */
public record EditorListItem(
    long id,
    String slug,
    String title,
    ConsultationType type,
    int year,
    EditorialState state,
    Instant opensAt,
    Instant closesAt,
    long parts)
    implements Serializable {}
