package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.domain.Hearing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The "Rendición de cuentas" section: published hearings grouped by year, newest first. */
@Named("hearings")
@RequestScoped
public class HearingsBacking {

  @Inject HearingCatalog catalog;

  private Map<Integer, List<Hearing>> byYear;

  public Map<Integer, List<Hearing>> getByYear() {
    if (byYear == null) {
      var grouped = new TreeMap<Integer, List<Hearing>>(java.util.Comparator.reverseOrder());
      for (Hearing h : catalog.published()) {
        grouped.computeIfAbsent(h.getYear(), y -> new java.util.ArrayList<>()).add(h);
      }
      byYear = new LinkedHashMap<>(grouped);
    }
    return byYear;
  }

  public List<Integer> getYears() {
    return List.copyOf(getByYear().keySet());
  }

  public String phase(Hearing h) {
    return h.phaseAt(catalog.now()).name();
  }
}
