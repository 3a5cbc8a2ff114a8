package co.gov.icetex.participa.consultation.application;

import java.util.List;

/** A published consultation with its outline of parts and its files, ready to be shown. */
public record ConsultationDocument(
    ConsultationSummary summary, String shortWindowReason, List<PartView> parts, List<FileSummary> files) {}
