package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in staff member on whose behalf a service runs: their name (e-mail), roles and office.
 */
@ApplicationScoped
public class Caller {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  /** The e-mail the person signed in with; what the audit trail records as the actor. */
  public String name() {
    Principal p = security.getCallerPrincipal();
    if (p == null) {
      throw new IllegalStateException("No signed-in staff member");
    }
    return p.getName();
  }

  public boolean inRole(String role) {
    return security.isCallerInRole(role);
  }

  /**
   * Whether the person sees only their own office's observations: a responder who is neither
   * moderator nor approver (those look after every office's).
   */
  public boolean seesOnlyOwnOffice() {
    return inRole(Roles.RESPONDER) && !inRole(Roles.MODERATOR) && !inRole(Roles.APPROVER);
  }

  /**
   * The id of the only office whose observations the person may see, when {@link
   * #seesOnlyOwnOffice}; -1 (no office matches) for a responder without one; empty when they may
   * see every office's.
   */
  public Optional<Long> visibleOfficeId() {
    return seesOnlyOwnOffice()
        ? Optional.of(office().map(Office::getId).orElse(-1L))
        : Optional.empty();
  }

  /**
   * The office the person answers for (responders have one). Reads the current value, not a cached
   * one.
   */
  public Optional<Office> office() {
    return em.createNamedQuery(StaffAccount.FIND_BY_EMAIL, StaffAccount.class)
        .setParameter("email", name())
        .getResultStream()
        .findFirst()
        .map(StaffAccount::getOffice);
  }
}
