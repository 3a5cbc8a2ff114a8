package co.gov.icetex.participa.consultation.domain;

/** Why the public was told the comment window changed. */
public enum NoticeKind {
  EXTENDED,
  CLOSED_EARLY
}
