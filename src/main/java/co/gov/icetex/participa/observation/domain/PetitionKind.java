package co.gov.icetex.participa.observation.domain;

/**
 * An observation that is really a petition (PQRSD) is redirected to that channel with its own legal
 * term (Ley 1755 de 2015, art. 14), in business days counted from receipt.
 */
public enum PetitionKind {
  GENERAL(15),
  INFORMATION(10),
  CONSULTATION(30);

  private final int businessDays;

  PetitionKind(int businessDays) {
    this.businessDays = businessDays;
  }

  public int businessDays() {
    return businessDays;
  }
}
