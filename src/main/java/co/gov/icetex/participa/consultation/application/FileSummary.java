package co.gov.icetex.participa.consultation.application;

/** A consultation's file as listed on its page; the bytes are loaded only on download. */
public record FileSummary(Long id, String title, String fileName, String mediaType, long sizeBytes)
    implements java.io.Serializable {}
