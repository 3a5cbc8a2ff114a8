package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Who on the staff can be written to about work in their care, for features that send staff e-mail
 * (moderation's deadline reminders). Staff accounts stay this feature's: others get a contact,
 * never the account with its password hash and lockout state.
 */
@ApplicationScoped
public class StaffContacts {

  @PersistenceContext EntityManager em;

  /** A person to write to: their roles and office decide what is in their care. */
  public record Contact(long id, String email, String fullName, Set<Role> roles, Long officeId) {

    public Contact {
      roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
      return roles.contains(role);
    }
  }

  /**
   * Active accounts holding one of {@code roles} that have set a password (an invitee cannot act
   * yet).
   */
  @Transactional
  public List<Contact> activeWithAnyRole(Set<Role> roles) {
    return em.createQuery(
            "SELECT DISTINCT a FROM StaffAccount a JOIN a.roles r LEFT JOIN FETCH a.office"
                + " WHERE a.active = TRUE AND a.passwordHash IS NOT NULL AND r IN :roles ORDER BY a.id",
            StaffAccount.class)
        .setParameter("roles", roles)
        .setHint(
            "eclipselink.batch", "a.roles") // every account's roles in one more query, not one each
        .getResultStream()
        .map(
            a ->
                new Contact(
                    a.getId(),
                    a.getEmail(),
                    a.getFullName(),
                    a.getRoles(),
                    a.getOffice() == null ? null : a.getOffice().getId()))
        .toList();
  }
}
