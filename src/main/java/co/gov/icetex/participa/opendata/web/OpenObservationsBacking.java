package co.gov.icetex.participa.opendata.web;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationDocument;
import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.opendata.OpenObservation;
import co.gov.icetex.participa.opendata.OpenObservations;
import co.gov.icetex.participa.opendata.OpenObservations.Scope;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.paging.Paging;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page of a consultation's observations in the open ({@code /observaciones?c=&parte=&pagina=}).
 */
@Named("openObservationsPage")
@RequestScoped
public class OpenObservationsBacking {

  private static final int PAGE_SIZE = 20;

  @Inject ConsultationCatalog catalog;
  @Inject OpenObservations observations;

  private String c;
  private String parte;
  private String pagina;
  private ConsultationDocument document;
  private PartView part;
  private Paged<OpenObservation> list;

  public void load() {
    document = catalog.document(c).orElse(null);
    var scope = Scope.parse(parte);
    var paging = Paging.parse(pagina, Integer.toString(PAGE_SIZE));
    if (document == null || scope.isEmpty() || paging.isEmpty()) {
      Pages.notFound();
      return;
    }
    if (scope.get() instanceof Scope.Part p) {
      part = document.parts().stream().filter(v -> v.id() == p.partId()).findFirst().orElse(null);
      if (part == null) {
        Pages.notFound();
        return;
      }
    }
    list =
        document.showsObservations()
            ? observations.page(c, scope.get(), paging.get().page(), PAGE_SIZE)
            : new Paged<>(java.util.List.of(), 0, 1, PAGE_SIZE);
  }

  /** This list's address up to where the pager appends {@code pagina=N}. */
  public String getPageLink() {
    return "observaciones?c="
        + c
        + (parte == null || parte.isBlank() ? "" : "&parte=" + parte.strip())
        + "&";
  }

  public boolean isWholeDocument() {
    return Scope.WHOLE_DOCUMENT.equals(parte == null ? null : parte.strip());
  }

  public ConsultationDocument getDocument() {
    return document;
  }

  /** The part whose observations are listed; null for all or the whole document. */
  public PartView getPart() {
    return part;
  }

  public Paged<OpenObservation> getList() {
    return list;
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }

  public String getParte() {
    return parte;
  }

  public void setParte(String parte) {
    this.parte = parte;
  }

  public String getPagina() {
    return pagina;
  }

  public void setPagina(String pagina) {
    this.pagina = pagina;
  }
}
