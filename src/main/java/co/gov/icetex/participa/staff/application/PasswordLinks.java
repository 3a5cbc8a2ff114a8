package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.staff.domain.PasswordToken;
import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues and revokes the single-use links that set a password. A reset request does not revoke the
 * links already sent: anyone can ask for a reset of any address, and revoking would let a stranger
 * kill, again and again, the link the owner is about to use. Every outstanding link stops working
 * once one of them sets the password ({@link #revokeOutstanding}), and an invitation (an
 * administrator's act) replaces earlier ones. The e-mail itself is queued by an observer of {@link
 * PasswordLinkIssued} in the same transaction.
 */
@ApplicationScoped
class PasswordLinks {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject Settings settings;
  @Inject Event<PasswordLinkIssued> issued;

  @Transactional(TxType.MANDATORY)
  PasswordToken issue(StaffAccount account, Purpose purpose) {
    Instant now = clock.now();
    if (purpose == Purpose.INVITATION) {
      revokeOutstanding(account, now);
    }
    Duration lifetime =
        purpose == Purpose.INVITATION
            ? settings.invitationLifetime()
            : settings.passwordResetLifetime();
    PasswordToken.Issued token = PasswordToken.issue(account, purpose, now, lifetime);
    em.persist(token.token());
    em.flush(); // the id names the e-mail in the outbox
    issued.fire(
        new PasswordLinkIssued(
            token.token().getId(),
            purpose,
            account.getEmail(),
            account.getFullName(),
            token.secret(),
            token.token().getExpiresAt()));
    return token.token();
  }

  @Transactional(TxType.MANDATORY)
  void revokeOutstanding(StaffAccount account, Instant now) {
    em.createNamedQuery(PasswordToken.FIND_OUTSTANDING, PasswordToken.class)
        .setParameter("account", account)
        .getResultList()
        .forEach(t -> t.revoke(now));
  }
}
