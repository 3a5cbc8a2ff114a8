package co.gov.icetex.participa.consultation.application;

/** A file's bytes with what a browser needs to save it. */
public record FileDownload(String fileName, String mediaType, byte[] content) {}
