package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The offices (dependencias), for any feature that assigns work or responsibility to one: the
 * consultation editor, moderation, answers. Read-only; administrators change offices through {@link
 * OfficeAdministration}.
 */
@ApplicationScoped
public class OfficeDirectory {

  @PersistenceContext EntityManager em;

  /** The offices that can be chosen for new assignments, by name. */
  @Transactional
  public List<Office> activeOffices() {
    return em.createNamedQuery(Office.FIND_ACTIVE, Office.class).getResultList();
  }

  /** Any office, active or not (an old consultation may name one deactivated since). */
  @Transactional
  public Optional<Office> find(long id) {
    return Optional.ofNullable(em.find(Office.class, id));
  }
}
