package co.gov.icetex.participa.search;

/** What a search result points to, in the order results are listed. */
public enum SearchKind {
  CONSULTATION,
  PART,
  ANSWER
}
