package co.gov.icetex.participa.finalversion.application;

/** A consultation's final version was published; fired inside the publication's transaction. */
public record FinalVersionPublished(long consultationId) {}
