package co.gov.icetex.participa.observation.domain;

/** A moderator's decision on an incoming observation. */
public enum Triage {
  PUBLISHABLE(false),
  SPAM(true),
  OFFENSIVE(true),
  DUPLICATE(true),
  OUT_OF_SCOPE(true),
  PETITION(false);

  private final boolean rejection;

  Triage(boolean rejection) {
    this.rejection = rejection;
  }

  /** Rejected observations are not answered; the author receives the reason. */
  public boolean isRejection() {
    return rejection;
  }

  /** Spam and offensive text is never shown publicly, only counted. */
  public boolean hidesText() {
    return this == SPAM || this == OFFENSIVE;
  }
}
