package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalInt;

/**
 * Whether a staff session may go on. A session records the account's access epoch when it begins;
 * it may go on while the account is active and the epoch is still the same (see {@link
 * StaffAccount#getAccessEpoch}). Read from the database on each staff request, so a change made on
 * one instance ends the session on every instance.
 */
@ApplicationScoped
public class StaffSessions {

  @PersistenceContext EntityManager em;

  /** The access epoch of the account with this e-mail; empty when it is deactivated or gone. */
  public OptionalInt currentEpoch(String email) {
    return em.createQuery(
            "SELECT a.accessEpoch FROM StaffAccount a WHERE a.email = :email AND a.active = TRUE",
            Integer.class)
        .setParameter("email", StaffAccount.normalizeEmail(email))
        .getResultStream()
        .mapToInt(Integer::intValue)
        .findFirst();
  }

  /** Whether a session that began at {@code grantedEpoch} may still act for the account. */
  public boolean mayContinue(String email, Integer grantedEpoch) {
    OptionalInt current = currentEpoch(email);
    return grantedEpoch != null && current.isPresent() && current.getAsInt() == grantedEpoch;
  }
}
