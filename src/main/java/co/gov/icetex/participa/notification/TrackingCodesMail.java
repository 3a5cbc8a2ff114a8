package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.observation.application.TrackingCodesRequested;
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
import java.util.stream.Collectors;

/**
 * The e-mail of "recover my codes": every tracking code sent with the address, with its
 * consultation and a link to its status page (the code filled in; the person still types the
 * address there, which proves it is theirs).
 *
 * <p>Whoever asks may type anyone's address, so the e-mail carries only the portal's words: codes,
 * consultation titles (ours), dates and links; never a name or a text the sender wrote. It counts
 * against the address's daily quota ({@link Outbox#enqueueToUnverified}); over it, nothing is sent,
 * and the page still answers as always.
 */
@ApplicationScoped
public class TrackingCodesMail {

  static final String KIND = "TRACKING_CODES";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Settings settings;

  void queue(@Observes TrackingCodesRequested event) {
    String lines =
        event.observationIds().stream()
            .map(id -> em.find(Observation.class, id))
            .map(this::line)
            .collect(Collectors.joining("\n\n"));
    outbox.enqueueToUnverified(
        KIND,
        event.requestId(),
        event.email(),
        Messages.get("mail.codes.subject"),
        Messages.get("mail.codes.body", lines));
  }

  private String line(Observation o) {
    return Messages.get(
        "mail.codes.line",
        o.getTrackingCode(),
        o.getConsultation().getTitle(),
        DateFormats.date(o.getReceivedAt()),
        settings.baseUrl()
            + "/seguimiento?codigo="
            + URLEncoder.encode(o.getTrackingCode(), StandardCharsets.UTF_8));
  }
}
