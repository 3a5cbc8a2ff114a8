package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.CatalogFilter;
import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationSummary;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home page: the catalogue of consultations, open ones first, filtered by type and year (GET).
 */
@Named("home")
@RequestScoped
public class HomeBacking {

  @Inject ConsultationCatalog catalog;

  private String type;
  private String year;
  private Map<ConsultationPhase, List<ConsultationSummary>> byPhase = Map.of();
  private List<Integer> years = List.of();

  public void load() {
    var filter = new CatalogFilter(null, typeFilter(), yearFilter());
    byPhase =
        catalog.list(filter).stream().collect(Collectors.groupingBy(ConsultationSummary::phase));
    years = catalog.years();
  }

  private ConsultationType typeFilter() {
    return Arrays.stream(ConsultationType.values())
        .filter(t -> t.name().equals(type))
        .findFirst()
        .orElse(null);
  }

  private Integer yearFilter() {
    try {
      return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public List<ConsultationSummary> getOpen() {
    return byPhase.getOrDefault(ConsultationPhase.OPEN, List.of());
  }

  public List<ConsultationSummary> getUpcoming() {
    return byPhase.getOrDefault(ConsultationPhase.UPCOMING, List.of());
  }

  public List<ConsultationSummary> getClosed() {
    return byPhase.getOrDefault(ConsultationPhase.CLOSED, List.of());
  }

  public boolean isNoResults() {
    return byPhase.isEmpty();
  }

  public boolean isFiltered() {
    return typeFilter() != null || yearFilter() != null;
  }

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  public List<Integer> getYears() {
    return years;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
