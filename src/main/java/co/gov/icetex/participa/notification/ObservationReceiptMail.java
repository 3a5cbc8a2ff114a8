package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.observation.application.ObservationSubmitted;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The receipt a citizen gets for each observation, listing what was received. Queued inside the
 * submitting transaction; delivery is attempted as soon as that transaction has committed.
 */
@ApplicationScoped
public class ObservationReceiptMail {

  static final String KIND = "OBSERVATION_RECEIPT";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Settings settings;

  void queue(@Observes ObservationSubmitted event) {
    Observation o = em.find(Observation.class, event.observationId());
    if (!o.hasEmail()) {
      return; // typed in from a letter without an address: the citizen follows it by other means
    }
    outbox.enqueue(
        KIND,
        o.getTrackingCode(),
        o.getEmail(),
        Messages.get("mail.receipt.subject", o.getTrackingCode()),
        body(o));
  }

  String body(Observation o) {
    String none = Messages.get("mail.receipt.none");
    return Messages.get(
        "mail.receipt.body",
        o.getAuthorName(),
        o.getTrackingCode(),
        DateFormats.dateTime(o.getReceivedAt()),
        o.getConsultation().getTitle(),
        o.getPart() == null ? Messages.get("mail.receipt.wholeDocument") : o.getPart().getLabel(),
        Messages.get("StakeholderGroup." + o.getStakeholderGroup()),
        Department.ofCode(o.getDepartmentCode()).map(Department::getDisplayName).orElse(none),
        Messages.get(o.isShowName() ? "mail.receipt.showName.yes" : "mail.receipt.showName.no"),
        o.getAttachment() == null ? none : o.getAttachment().getFile().getFileName(),
        o.getText(),
        settings.baseUrl() + "/seguimiento");
  }
}
