package co.gov.icetex.participa.finalversion.diff;

import java.io.Serializable;

/** A run of text that both versions share, or that only the new one (inserted) or old one has. */
public record DiffSegment(Kind kind, String text) implements Serializable {

  public enum Kind {
    EQUAL,
    INSERTED,
    DELETED
  }

  public boolean isEqual() {
    return kind == Kind.EQUAL;
  }

  public boolean isInserted() {
    return kind == Kind.INSERTED;
  }

  public boolean isDeleted() {
    return kind == Kind.DELETED;
  }
}
