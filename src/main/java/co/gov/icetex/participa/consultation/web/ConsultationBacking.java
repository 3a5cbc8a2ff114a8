package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationDocument;
import co.gov.icetex.participa.consultation.application.FinalVersionLinks;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** The consultation page: summary, window, files and the outline of commentable parts. */
@Named("consultation")
@RequestScoped
public class ConsultationBacking {

  @Inject ConsultationCatalog catalog;
  @Inject FinalVersionLinks finalVersions;

  private String slug;
  private ConsultationDocument document;

  public void load() {
    document = catalog.document(slug).orElse(null);
    if (document == null) {
      Pages.notFound();
    }
  }

  /** When the final version was published (null until then), for the link to it. */
  public Instant getFinalVersionPublishedAt() {
    return document == null ? null : finalVersions.publishedAt(slug).orElse(null);
  }

  public ConsultationDocument getDocument() {
    return document;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
