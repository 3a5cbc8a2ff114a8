package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What authors are told as their observations move: a rejection with its reason, a redirection to
 * the petition channel, an extension of the deadline, and their published answers. Each message is
 * queued in the transaction of the action it reports, under a reference that makes a repeat
 * impossible.
 */
@ApplicationScoped
public class WorkflowMails {

  static final String REJECTED = "OBSERVATION_REJECTED";
  static final String REDIRECTED = "OBSERVATION_REDIRECTED";
  static final String EXTENDED = "DEADLINE_EXTENDED";
  static final String PUBLISHED = "ANSWERS_PUBLISHED";

  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Signer signer;

  @Transactional(TxType.MANDATORY)
  public void rejected(Observation o) {
    if (o.hasEmail()) {
      outbox.enqueue(
          REJECTED,
          o.getTrackingCode(),
          o.getEmail(),
          Messages.get("mail.rejected.subject", o.getTrackingCode()),
          Messages.get(
              "mail.rejected.body",
              o.getTrackingCode(),
              o.getConsultation().getTitle(),
              Messages.get("Triage." + o.getTriage()),
              o.getTriageReason(),
              o.getDuplicateOf() == null
                  ? ""
                  : Messages.get("mail.rejected.original", o.getDuplicateOf().getTrackingCode()),
              followLink(o)));
    }
  }

  @Transactional(TxType.MANDATORY)
  public void redirected(Observation o) {
    if (o.hasEmail()) {
      outbox.enqueue(
          REDIRECTED,
          o.getTrackingCode(),
          o.getEmail(),
          Messages.get("mail.redirected.subject", o.getTrackingCode()),
          Messages.get(
              "mail.redirected.body",
              o.getTrackingCode(),
              o.getConsultation().getTitle(),
              Messages.get("PetitionKind." + o.getPetitionKind()),
              DateFormats.date(o.getDueDate()),
              o.getTriageReason(),
              followLink(o)));
    }
  }

  @Transactional(TxType.MANDATORY)
  public void extended(Observation o) {
    if (o.hasEmail()) {
      outbox.enqueue(
          EXTENDED,
          o.getTrackingCode(),
          o.getEmail(),
          Messages.get("mail.extended.subject", o.getTrackingCode()),
          Messages.get(
              "mail.extended.body",
              o.getTrackingCode(),
              o.getConsultation().getTitle(),
              DateFormats.date(o.getDueDate()),
              DateFormats.date(o.getExtendedDueDate()),
              o.getExtensionReason(),
              followLink(o)));
    }
  }

  /**
   * One message per author for one publication, however many of their observations it answered: a
   * person with three observations in a batch gets one e-mail listing the three.
   */
  @Transactional(TxType.MANDATORY)
  public void answersPublished(String publicationId, List<Observation> published) {
    Map<String, List<Observation>> byAuthor =
        published.stream()
            .filter(Observation::hasEmail)
            .collect(
                Collectors.groupingBy(
                    Observation::getEmail, LinkedHashMap::new, Collectors.toList()));
    byAuthor.forEach(
        (email, theirs) -> {
          String list =
              theirs.stream()
                  .map(
                      o ->
                          Messages.get(
                              "mail.published.item",
                              o.getTrackingCode(),
                              o.getConsultation().getTitle(),
                              followLink(o)))
                  .collect(Collectors.joining("\n"));
          outbox.enqueue(
              PUBLISHED,
              publicationId + ":" + signer.sign("mail-recipient", email),
              email,
              Messages.get("mail.published.subject"),
              Messages.get("mail.published.body", list));
        });
  }

  /**
   * The follow-up page with the code filled in; the e-mail stays out of the URL (it is the proof).
   */
  private String followLink(Observation o) {
    return settings.baseUrl()
        + "/seguimiento?codigo="
        + URLEncoder.encode(o.getTrackingCode(), StandardCharsets.UTF_8);
  }
}
