package co.gov.icetex.participa.statistics.web;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.statistics.Count;
import co.gov.icetex.participa.statistics.Dimension;
import co.gov.icetex.participa.statistics.ParticipationStatistics;
import co.gov.icetex.participa.statistics.StatisticsFilter;
import co.gov.icetex.participa.statistics.StatisticsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * /estadisticas: figures for a year and a type chosen with a GET form; the CSV link carries the
 * same filter.
 */
@Named("stats")
@RequestScoped
public class StatisticsBacking {

  @Inject StatisticsService statistics;
  @Inject ConsultationCatalog catalog;

  private String year;
  private String type;
  private ParticipationStatistics figures;
  private List<Integer> years = List.of();

  public void load() {
    figures = statistics.compute(filter());
    years = catalog.years();
  }

  private StatisticsFilter filter() {
    return new StatisticsFilter(yearFilter(), typeFilter());
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

  /** The breakdowns in page order, each with its key for headings and its counts. */
  public List<Dimension> getDimensions() {
    return List.of(Dimension.values());
  }

  public List<Count> counts(Dimension d) {
    return figures.by(d);
  }

  public ParticipationStatistics getFigures() {
    return figures;
  }

  /** The statistics dataset with the same filter: the CSV of exactly what the page shows. */
  public String getCsvLink() {
    var f = filter();
    var query = new StringBuilder();
    if (f.year() != null) {
      query.append("year=").append(f.year());
    }
    if (f.type() != null) {
      query.append(query.isEmpty() ? "" : "&").append("type=").append(f.type().name());
    }
    return "api/v1/datasets/statistics.csv" + (query.isEmpty() ? "" : "?" + query);
  }

  public boolean isFiltered() {
    return yearFilter() != null || typeFilter() != null;
  }

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  public List<Integer> getYears() {
    return years;
  }

  public String getVigencia() {
    return year;
  }

  public void setVigencia(String year) {
    this.year = year;
  }

  public String getTipo() {
    return type;
  }

  public void setTipo(String type) {
    this.type = type;
  }
}
