package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.IntakeStatistics;
import co.gov.icetex.participa.observation.application.IntakeStatistics.ConsultationIntake;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff home: what has come in, per consultation. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

  @Inject IntakeStatistics statistics;

  private List<ConsultationIntake> intake = List.of();

  public void load() {
    intake = statistics.byConsultation();
  }

  public List<ConsultationIntake> getIntake() {
    return intake;
  }
}
