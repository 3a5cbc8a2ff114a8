package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.staff.application.PasswordLinkIssued;
import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The e-mail with a link to set a password: an invitation for a new staff account, or a reset.
 * Queued in the issuing transaction. The body holds the only copy of the token in clear, so the
 * outbox blanks it once the message has been delivered (see {@link OutboxMessage}).
 */
@ApplicationScoped
public class PasswordLinkMail {

  static final String INVITATION = "STAFF_INVITATION";
  static final String RESET = "PASSWORD_RESET";

  /** Kinds whose body carries a secret and is blanked after delivery. */
  static final Set<String> SECRET_BODIES = Set.of(INVITATION, RESET);

  @Inject Outbox outbox;
  @Inject OutboxDispatcher dispatcher;
  @Inject Settings settings;

  void queue(@Observes PasswordLinkIssued event) {
    boolean invitation = event.purpose() == Purpose.INVITATION;
    String prefix = invitation ? "mail.invitation." : "mail.passwordReset.";
    String link = settings.baseUrl() + "/nueva-clave.xhtml?token=" + event.secret();
    outbox.enqueue(
        invitation ? INVITATION : RESET,
        "token-" + event.tokenId(),
        event.email(),
        Messages.get(prefix + "subject"),
        Messages.get(
            prefix + "body",
            event.fullName(),
            link,
            DateFormats.dateTime(event.expiresAt()),
            settings.baseUrl() + "/ingreso",
            event.email()));
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordLinkIssued event) {
    dispatcher.deliverSoon();
  }
}
