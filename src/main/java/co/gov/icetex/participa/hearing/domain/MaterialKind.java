package co.gov.icetex.participa.hearing.domain;

/** What a hearing material is (MURC: the information published before the hearing). */
public enum MaterialKind {
  MANAGEMENT_REPORT,
  PRESENTATION,
  PAAC_RESULTS,
  INDICATOR_RESULTS,
  OTHER
}
