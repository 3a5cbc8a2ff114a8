package co.gov.icetex.participa.finalversion.domain;

/** How a part of the final version relates to the draft that was published for comment. */
public enum ChangeType {
  UNCHANGED,
  CHANGED,
  ADDED,
  REMOVED;

  /** Only a change can have been led by observations. */
  public boolean isChange() {
    return this != UNCHANGED;
  }
}
