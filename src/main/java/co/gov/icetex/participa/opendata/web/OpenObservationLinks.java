package co.gov.icetex.participa.opendata.web;

import co.gov.icetex.participa.opendata.OpenObservation;
import co.gov.icetex.participa.opendata.OpenObservations;
import co.gov.icetex.participa.opendata.OpenObservations.Counts;
import co.gov.icetex.participa.opendata.OpenObservations.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the consultation page shows of its observations in the open: the counts per part for the
 * outline and the latest few. The consultation feature lies below this one, so the page composes
 * them in its view rather than its bean depending on them. Read once per request.
 */
@Named("openObservationLinks")
@RequestScoped
public class OpenObservationLinks {

  static final int LATEST = 3;

  @Inject OpenObservations observations;

  private String slug;
  private Counts counts;
  private List<OpenObservation> latest;

  public Counts counts(String consultationSlug) {
    read(consultationSlug);
    return counts;
  }

  public List<OpenObservation> latest(String consultationSlug) {
    read(consultationSlug);
    return latest;
  }

  private void read(String consultationSlug) {
    if (slug == null || !slug.equals(consultationSlug)) {
      slug = consultationSlug;
      counts = observations.counts(consultationSlug);
      latest =
          counts.total() == 0
              ? List.of()
              : observations.page(consultationSlug, new Scope.All(), 1, LATEST).items();
    }
  }
}
