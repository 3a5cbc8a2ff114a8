package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.shared.Messages;

/**
 * What an assignment did: how many observations went to {@code office}, and how many of them were
 * admitted (triaged as publishable) by the same action because nobody had triaged them yet.
 */
public record Assignment(int assigned, int admitted, String office) {

  /** "Se asignó 1 observación a …" / "Se asignaron 3 observaciones a … Se admitió 1 …". */
  public String message() {
    String text = Messages.get("moderation.assigned", assigned, office);
    return admitted == 0
        ? text
        : text + " " + Messages.get("moderation.assigned.admitted", admitted);
  }
}
