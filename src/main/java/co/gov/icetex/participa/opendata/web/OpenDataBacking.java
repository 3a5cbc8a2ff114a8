package co.gov.icetex.participa.opendata.web;

import co.gov.icetex.participa.opendata.Dataset;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * /datos-abiertos: the datasets, their files and data dictionaries (static content, read from
 * Dataset).
 */
@Named("openData")
@RequestScoped
public class OpenDataBacking {

  public List<Dataset> getDatasets() {
    return List.of(Dataset.values());
  }
}
