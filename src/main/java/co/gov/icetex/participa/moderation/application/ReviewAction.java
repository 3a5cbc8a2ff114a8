package co.gov.icetex.participa.moderation.application;

/** What staff may do with one observation on its review page, each a form of that page. */
public enum ReviewAction {
  TRIAGE,
  ASSIGN,
  DRAFT,
  /** Approve the drafted answer or return it for changes. */
  REVIEW,
  PUBLISH,
  EXTEND
}
