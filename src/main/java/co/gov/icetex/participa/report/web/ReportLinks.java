package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.report.application.ReportReader;
import co.gov.icetex.participa.report.application.ReportVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For the consultation page: its latest published report, if any ({@code
 * #{reportLinks.latest(slug)}}).
 */
@Named("reportLinks")
@RequestScoped
public class ReportLinks {

  @Inject ReportReader reader;

  private String slug;
  private ReportVersion latest;

  /** Read once per request, however many times the page asks. */
  public ReportVersion latest(String consultationSlug) {
    if (slug == null || !slug.equals(consultationSlug)) {
      slug = consultationSlug;
      latest = consultationSlug == null ? null : reader.latest(consultationSlug).orElse(null);
    }
    return latest;
  }
}
