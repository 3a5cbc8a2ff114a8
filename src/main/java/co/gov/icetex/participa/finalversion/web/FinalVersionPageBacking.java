package co.gov.icetex.participa.finalversion.web;

import co.gov.icetex.participa.finalversion.application.FinalVersionCatalog;
import co.gov.icetex.participa.finalversion.application.PublishedFinalVersion;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /version-final?c=slug}: the published final version beside the draft, with what led to
 * each change.
 */
@Named("finalVersion")
@RequestScoped
public class FinalVersionPageBacking {

  @Inject FinalVersionCatalog catalog;

  private String slug;
  private PublishedFinalVersion version;

  public void load() {
    version = catalog.published(slug).orElse(null);
    if (version == null) {
      Pages.notFound();
    }
  }

  public PublishedFinalVersion getVersion() {
    return version;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
