package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.application.MemoriaView;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.Memoria;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A hearing's memoria, the latest version or the one asked for; earlier versions stay readable. */
@Named("memoria")
@RequestScoped
public class MemoriaBacking {

  @Inject HearingCatalog catalog;

  private String slug;
  private Integer version;
  private Hearing hearing;
  private MemoriaView view;
  private List<Memoria> versions = List.of();

  public void load() {
    hearing = catalog.find(slug).orElse(null);
    if (hearing != null) {
      versions = catalog.memorias(hearing);
      versions.stream()
          .filter(m -> version == null || m.getNumber() == version)
          .findFirst()
          .ifPresent(m -> view = catalog.view(m));
    }
    if (view == null) {
      Pages.notFound();
    }
  }

  public Hearing getHearing() {
    return hearing;
  }

  public MemoriaView getView() {
    return view;
  }

  public List<Memoria> getVersions() {
    return versions;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
