package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Administrators create, rename, deactivate and reactivate offices. Names are unique whatever their
 * case; an office still answering through active responders cannot be deactivated. Every change is
 * audited in its own transaction.
 */
@ApplicationScoped
@RequiresRole(Roles.ADMIN)
public class OfficeAdministration {

  public static final String FIELD_NAME = "name";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Caller caller;

  @Transactional
  public List<Office> all() {
    return em.createNamedQuery(Office.FIND_ALL, Office.class).getResultList();
  }

  @Transactional
  public long create(String name) {
    String clean = checkName(name, null);
    Office office = new Office(clean);
    em.persist(office);
    flush(clean);
    audit.record(
        caller.name(),
        "OFFICE_CREATED",
        "Office",
        String.valueOf(office.getId()),
        null,
        AuditStates.office(office));
    return office.getId();
  }

  @Transactional
  public void rename(long id, String name) {
    Office office = existing(id);
    String clean = checkName(name, office.getId());
    String before = AuditStates.office(office);
    office.rename(clean);
    flush(clean);
    audit.record(
        caller.name(),
        "OFFICE_RENAMED",
        "Office",
        String.valueOf(id),
        before,
        AuditStates.office(office));
  }

  @Transactional
  public void deactivate(long id) {
    Office office = existing(id);
    if (!office.isActive()) {
      return;
    }
    long responders =
        em.createQuery(
                "SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE a.office = :o AND a.active = TRUE AND r = :role",
                Long.class)
            .setParameter("o", office)
            .setParameter("role", Role.RESPONDER)
            .getSingleResult();
    if (responders > 0) {
      throw Refusal.of(
          Reason.CONFLICT, "admin.offices.error.hasResponders", office.getName(), responders);
    }
    String before = AuditStates.office(office);
    office.deactivate();
    audit.record(
        caller.name(),
        "OFFICE_DEACTIVATED",
        "Office",
        String.valueOf(id),
        before,
        AuditStates.office(office));
  }

  @Transactional
  public void reactivate(long id) {
    Office office = existing(id);
    if (office.isActive()) {
      return;
    }
    String before = AuditStates.office(office);
    office.reactivate();
    audit.record(
        caller.name(),
        "OFFICE_REACTIVATED",
        "Office",
        String.valueOf(id),
        before,
        AuditStates.office(office));
  }

  private Office existing(long id) {
    return Optional.ofNullable(em.find(Office.class, id))
        .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "admin.offices.error.notFound"));
  }

  /** The clean name, or a refusal: blank, too long, or another office has it (in any case). */
  private String checkName(String name, Long self) {
    String clean = Office.normalizeName(name);
    if (clean.isEmpty()) {
      throw Refusal.invalid(FIELD_NAME, "admin.offices.error.nameRequired");
    }
    if (clean.length() > Office.MAX_NAME) {
      throw Refusal.invalid(FIELD_NAME, "admin.offices.error.nameTooLong", Office.MAX_NAME);
    }
    em.createNamedQuery(Office.FIND_BY_NAME, Office.class)
        .setParameter("name", clean)
        .getResultStream()
        .filter(o -> !o.getId().equals(self))
        .findFirst()
        .ifPresent(
            other -> {
              throw Refusal.invalid(FIELD_NAME, "admin.offices.error.nameTaken", other.getName());
            });
    return clean;
  }

  /**
   * The database's unique key is the last word (two admins at once, or a collation that also
   * ignores accents).
   */
  private void flush(String name) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw Refusal.invalid(FIELD_NAME, "admin.offices.error.nameTaken", name);
    }
  }
}
