package co.gov.icetex.participa.consultation.application;

/** An editor changed a published consultation; fired inside the change's transaction. */
public record ConsultationChanged(String slug) {}
