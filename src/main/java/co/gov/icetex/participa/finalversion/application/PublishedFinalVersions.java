package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.consultation.application.FinalVersionLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the consultation's page and API about its published final version ({@link
 * FinalVersionLinks}, the interface consultation owns), from {@link FinalVersionCatalog}.
 */
@ApplicationScoped
public class PublishedFinalVersions implements FinalVersionLinks {

  @Inject FinalVersionCatalog catalog;

  @Override
  public Optional<Instant> publishedAt(String slug) {
    return catalog.publishedAt(slug);
  }

  @Override
  public Optional<Published> published(String slug) {
    return catalog.published(slug).map(PublishedFinalVersions::published);
  }

  private static Published published(PublishedFinalVersion f) {
    return new Published(
        f.publishedAt(),
        f.summary(),
        f.changedParts().size(),
        f.parts().stream()
            .map(
                p ->
                    new Part(
                        p.id(),
                        p.draftPartId(),
                        p.changeType().name(),
                        p.kind(),
                        p.depth(),
                        p.numberLabel(),
                        p.title(),
                        p.body(),
                        p.fields(),
                        p.observations().stream().map(ChangeObservation::trackingCode).toList()))
            .toList());
  }
}
