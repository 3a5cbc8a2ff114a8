package co.gov.icetex.participa.finalversion.application;

import java.time.Instant;
import java.util.List;

/** A published final version with every part beside its draft, for the public page and the API. */
public record PublishedFinalVersion(
    String slug, String title, Instant publishedAt, String summary, List<FinalPartView> parts) {

  public List<FinalPartView> changedParts() {
    return parts.stream().filter(FinalPartView::changed).toList();
  }

  public long linkedObservations() {
    return parts.stream().mapToLong(p -> p.observations().size()).sum();
  }
}
