package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.shared.validation.Violations;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.PasswordToken.Purpose;
import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrators manage staff accounts. A new account gets an e-mailed link to set its own password
 * (nobody types another person's password). Rules checked here, with a Spanish message per field: a
 * name, a valid and unused e-mail, at least one role, an active office (required for responders);
 * an administrator cannot take away their own ADMIN role or deactivate themselves, and the last
 * active administrator cannot lose the role. Every change is audited with its state before and
 * after.
 */
@ApplicationScoped
@RequiresRole(Roles.ADMIN)
public class AccountAdministration {

  public static final String FIELD_NAME = "fullName";
  public static final String FIELD_EMAIL = "email";
  public static final String FIELD_OFFICE = "office";
  public static final String FIELD_ROLES = "roles";

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /**
   * What an administrator fills in; the e-mail is only read when creating. The components are named
   * as the form's fields, whose messages they carry.
   */
  public record AccountForm(
      @NotBlank(message = "admin.accounts.error.nameRequired") String fullName,
      String email,
      Long office,
      @NotEmpty(message = "admin.accounts.error.rolesRequired") Set<Role> roles) {}

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject PasswordLinks links;
  @Inject CommandValidator validator;

  /** Accounts whose name, e-mail or office contains {@code text} (all when blank), by name. */
  @Transactional
  public List<AccountView> list(String text) {
    String filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.now();
    String where =
        filter.isEmpty()
            ? ""
            : " WHERE LOWER(a.fullName) LIKE :like ESCAPE '!' OR LOWER(a.email) LIKE :like ESCAPE '!'"
                + " OR LOWER(o.name) LIKE :like ESCAPE '!'";
    var query =
        em.createQuery(
            "SELECT a FROM StaffAccount a LEFT JOIN a.office o"
                + where
                + " ORDER BY a.fullName, a.email",
            StaffAccount.class);
    if (!filter.isEmpty()) {
      query.setParameter(
          "like", "%" + filter.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    return query.getResultStream().map(a -> AccountView.of(a, now)).toList();
  }

  @Transactional
  public Optional<AccountView> find(long id) {
    return Optional.ofNullable(em.find(StaffAccount.class, id))
        .map(a -> AccountView.of(a, clock.now()));
  }

  /** Creates the account and queues its invitation; returns its id. */
  @Transactional
  public long create(AccountForm form) {
    var errors = validator.violationsOf(form);
    String email = form.email() == null ? "" : StaffAccount.normalizeEmail(form.email());
    if (email.isEmpty()) {
      errors.add(FIELD_EMAIL, "admin.accounts.error.emailRequired");
    } else if (email.length() > StaffAccount.MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      errors.add(FIELD_EMAIL, "validation.email.invalid");
    } else if (accountByEmail(email).isPresent()) {
      errors.add(FIELD_EMAIL, "admin.accounts.error.emailTaken");
    }
    Office office = checkProfile(form, null, errors);
    errors.throwIfAny();

    StaffAccount account =
        StaffAccount.invite(email, form.fullName(), form.roles(), office, clock.now());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException e) { // created by someone else a moment ago
      throw Refusal.invalid(FIELD_EMAIL, "admin.accounts.error.emailTaken");
    }
    audit.record(
        caller.name(),
        "ACCOUNT_CREATED",
        "StaffAccount",
        id(account),
        null,
        AuditStates.account(account));
    links.issue(account, Purpose.INVITATION);
    return account.getId();
  }

  /** Changes name, office and roles. */
  @Transactional
  public void update(long id, AccountForm form) {
    StaffAccount account = existing(id);
    var errors = validator.violationsOf(form);
    Office office = checkProfile(form, account, errors);
    Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
    if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      if (isCaller(account)) {
        errors.add(FIELD_ROLES, "admin.accounts.error.ownAdminRole");
      } else if (isLastActiveAdmin(account)) {
        errors.add(FIELD_ROLES, "admin.accounts.error.lastAdmin");
      }
    }
    errors.throwIfAny();
    String before = AuditStates.account(account);
    account.changeProfile(form.fullName(), office, roles);
    audit.record(
        caller.name(),
        "ACCOUNT_UPDATED",
        "StaffAccount",
        id(account),
        before,
        AuditStates.account(account));
  }

  /** Deactivates: the person can no longer sign in, and their pending links stop working. */
  @Transactional
  public void deactivate(long id) {
    StaffAccount account = existing(id);
    if (!account.isActive()) {
      return;
    }
    if (isCaller(account)) {
      throw Refusal.of(Reason.CONFLICT, "admin.accounts.error.deactivateSelf");
    }
    if (account.hasRole(Role.ADMIN) && isLastActiveAdmin(account)) {
      throw Refusal.of(Reason.CONFLICT, "admin.accounts.error.lastAdmin");
    }
    String before = AuditStates.account(account);
    account.deactivate();
    links.revokeOutstanding(account, clock.now());
    audit.record(
        caller.name(),
        "ACCOUNT_DEACTIVATED",
        "StaffAccount",
        id(account),
        before,
        AuditStates.account(account));
  }

  @Transactional
  public void reactivate(long id) {
    StaffAccount account = existing(id);
    if (account.isActive()) {
      return;
    }
    String before = AuditStates.account(account);
    account.reactivate();
    audit.record(
        caller.name(),
        "ACCOUNT_REACTIVATED",
        "StaffAccount",
        id(account),
        before,
        AuditStates.account(account));
  }

  /** Ends a lockout before its time (the person called the help desk, say). */
  @Transactional
  public void unlock(long id) {
    StaffAccount account = existing(id);
    Instant now = clock.now();
    if (!account.isLockedAt(now)) {
      return;
    }
    String before =
        AuditStates.of(java.util.Map.of("lockedUntil", account.getLockedUntil().toString()));
    account.unlock();
    audit.record(caller.name(), "ACCOUNT_UNLOCKED", "StaffAccount", id(account), before, null);
  }

  /**
   * Checks what the form's constraints cannot (the name's length, the office); returns the office
   * to assign (null for none).
   */
  private Office checkProfile(AccountForm form, StaffAccount current, Violations errors) {
    String name = form.fullName() == null ? "" : form.fullName().strip();
    if (name.length() > StaffAccount.MAX_NAME) {
      errors.add(FIELD_NAME, "admin.accounts.error.nameTooLong", StaffAccount.MAX_NAME);
    }
    Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
    Office office = null;
    if (form.office() != null) {
      office = em.find(Office.class, form.office());
      boolean keepsCurrent =
          current != null && current.getOffice() != null && current.getOffice() == office;
      if (office == null || (!office.isActive() && !keepsCurrent)) {
        errors.add(FIELD_OFFICE, "admin.accounts.error.officeInactive");
        office = null;
      }
    } else if (roles.contains(Role.RESPONDER)) {
      errors.add(FIELD_OFFICE, "admin.accounts.error.responderNeedsOffice");
    }
    return office;
  }

  /**
   * Whether no other active administrator remains. The active administrators' rows are locked until
   * the transaction ends, so two administrators removing each other at once cannot both succeed.
   */
  private boolean isLastActiveAdmin(StaffAccount account) {
    if (!account.isActive()) {
      return false;
    }
    return em.createNamedQuery(StaffAccount.FIND_ACTIVE_WITH_ROLE, StaffAccount.class)
        .setParameter("role", Role.ADMIN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .noneMatch(a -> !a.getId().equals(account.getId()));
  }

  private Optional<StaffAccount> accountByEmail(String email) {
    return em.createNamedQuery(StaffAccount.FIND_BY_EMAIL, StaffAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private StaffAccount existing(long id) {
    return Optional.ofNullable(em.find(StaffAccount.class, id))
        .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "admin.accounts.error.notFound"));
  }

  private boolean isCaller(StaffAccount account) {
    return account.getEmail().equalsIgnoreCase(caller.name());
  }

  private static String id(StaffAccount account) {
    return String.valueOf(account.getId());
  }
}
