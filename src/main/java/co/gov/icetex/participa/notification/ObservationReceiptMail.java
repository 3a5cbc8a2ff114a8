package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.observation.application.ObservationSubmitted;
import co.gov.icetex.participa.observation.application.ReceiptLinks;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The receipt a citizen gets for each observation. Queued inside the submitting transaction;
 * delivery is attempted as soon as that transaction has committed.
 *
 * <p>Anyone can type anyone's address in the form, so the receipt carries nothing the sender wrote
 * (neither the text nor the name): only the portal's own words, the tracking code, the consultation
 * and part, the dates, and a signed link to the page that shows what was received. It counts
 * against the address's daily quota of such e-mails ({@link Outbox#enqueueToUnverified}).
 */
@ApplicationScoped
public class ObservationReceiptMail {

  static final String KIND = "OBSERVATION_RECEIPT";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject ReceiptLinks receiptLinks;

  void queue(@Observes ObservationSubmitted event) {
    Observation o = em.find(Observation.class, event.observationId());
    if (!o.hasEmail()) {
      return; // typed in from a letter without an address: the citizen follows it by other means
    }
    outbox.enqueueToUnverified(
        KIND,
        o.getTrackingCode(),
        o.getEmail(),
        Messages.get("mail.receipt.subject", o.getTrackingCode()),
        body(o));
  }

  String body(Observation o) {
    return Messages.get(
        "mail.receipt.body",
        o.getTrackingCode(),
        DateFormats.dateTime(o.getReceivedAt()),
        o.getConsultation().getTitle(),
        o.getPart() == null ? Messages.get("mail.receipt.wholeDocument") : o.getPart().getLabel(),
        DateFormats.date(o.effectiveDueDate()),
        settings.baseUrl() + "/recibida?" + query(receiptLinks.params(o.getTrackingCode())),
        settings.baseUrl() + "/seguimiento");
  }

  private static String query(Map<String, String> params) {
    return params.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
