package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.finalversion.application.FinalVersionPublished;
import co.gov.icetex.participa.report.application.ReportPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a consultation's followers as soon as a document of it is published: once the publication
 * has committed (nothing is announced that was rolled back), in a transaction of its own. If this
 * fails the periodic look ({@link AlertSchedule}) sends the alerts a few minutes later.
 */
@ApplicationScoped
public class DocumentAlerts {

  private static final Logger LOG = Logger.getLogger(DocumentAlerts.class.getName());

  @Inject AlertDispatch dispatch;

  void reportPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportPublished event) {
    tell(event.consultationId());
  }

  void finalVersionPublished(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) FinalVersionPublished event) {
    tell(event.consultationId());
  }

  private void tell(long consultationId) {
    try {
      dispatch.documents(consultationId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Document alerts not sent now; the periodic look will send them", e);
    }
  }
}
