package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;

/** How much an import may bring: enough for any real plan, too little to hurt the server. */
public final class ImportLimits {

  /** The field every refusal of an import is about: the file. */
  public static final String FIELD = "file";

  /** The largest file accepted (as an upload; also the portal's multipart limit). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Parts per import: the PAAC 2020, the largest real document, has about 300. */
  public static final int MAX_PARTS = 2_000;

  public static final int MAX_COLUMNS = 30;
  public static final int MAX_CELL = 2_000;

  /** All cells of a row together; they are stored as JSON in a TEXT column (64 KB). */
  public static final int MAX_ROW = 15_000;

  public static final int MAX_BODY = ConsultationPart.MAX_BODY;

  private ImportLimits() {}
}
