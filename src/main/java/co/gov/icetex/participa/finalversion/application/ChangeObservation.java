package co.gov.icetex.participa.finalversion.application;

import java.time.Instant;

/**
 * An observation that led to a change, as the public sees it: the author's name only when they
 * allowed it (null otherwise: the page shows "Ciudadano/a"), the text with personal data hidden,
 * and the answer's outcome and text only once the answer is published (both null before).
 */
public record ChangeObservation(
    String trackingCode,
    String authorName,
    String text,
    String outcome,
    String answer,
    Instant answeredAt) {

  public boolean answerPublished() {
    return outcome != null;
  }
}
