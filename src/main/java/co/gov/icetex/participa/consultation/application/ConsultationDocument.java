package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import java.util.List;

/** A published consultation with its outline of parts and its files, ready to be shown. */
public record ConsultationDocument(
    ConsultationSummary summary,
    String shortWindowReason,
    List<ConsultationPart> parts,
    List<FileSummary> files) {}
