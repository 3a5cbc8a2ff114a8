package co.gov.icetex.participa.consultation.domain;

/**
 * Where a consultation stands for the staff: a draft nobody else sees, then scheduled (published,
 * its window not yet open), open and closed. The last three follow from the clock and the window,
 * so the public page opens and closes by itself; only "draft" versus "published" is stored.
 */
public enum EditorialState {
  DRAFT,
  SCHEDULED,
  OPEN,
  CLOSED
}
