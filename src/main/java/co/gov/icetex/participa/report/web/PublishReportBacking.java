package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.report.application.ReportService;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/informes/}: an approver chooses a closed consultation, sees how many observations
 * still lack an approved answer and the versions already published, and publishes the report.
 */
@Named("publishReport")
@ViewScoped
public class PublishReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReportService reports;

  private Long consultation;
  private List<ReportService.Candidate> candidates;
  private ReportService.Preparation preparation;
  private String announcedWhere;

  public void load() {
    if (!Actions.run(() -> candidates = reports.closedConsultations(), null)) {
      return;
    }
    if (consultation != null) {
      Actions.run(() -> preparation = reports.prepare(consultation), null);
    }
  }

  public void publish() {
    if (preparation == null) {
      return;
    }
    long id = preparation.consultationId();
    int[] version = {0};
    if (Actions.run(() -> version[0] = reports.publish(id, announcedWhere), null)) {
      Actions.run(() -> {}, "reports.published", version[0]);
      announcedWhere = null;
      load();
    }
  }

  public List<ReportService.Candidate> getCandidates() {
    return candidates;
  }

  public ReportService.Preparation getPreparation() {
    return preparation;
  }

  public Long getConsultation() {
    return consultation;
  }

  public void setConsultation(Long consultation) {
    this.consultation = consultation;
  }

  public String getAnnouncedWhere() {
    return announcedWhere;
  }

  public void setAnnouncedWhere(String announcedWhere) {
    this.announcedWhere = announcedWhere;
  }
}
