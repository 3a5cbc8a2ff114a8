package co.gov.icetex.participa.staff.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member who signs in with e-mail and password. The account locks itself for a while after
 * too many failed sign-ins in a row; a successful sign-in resets the count.
 *
 * <p>Lifecycle: an administrator invites someone ({@link #invite}: no password yet); they set their
 * password through an emailed link ({@link #setPasswordHash}); an administrator may change the
 * profile, unlock, deactivate and reactivate it. The account guards its own rules: at least one
 * role, a name, and an office whenever it holds {@link Role#RESPONDER}.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.FIND_BY_EMAIL,
    query = "SELECT a FROM StaffAccount a WHERE a.email = :email")
@NamedQuery(
    name = StaffAccount.FIND_ACTIVE_WITH_ROLE,
    query = "SELECT a FROM StaffAccount a JOIN a.roles r WHERE a.active = TRUE AND r = :role")
public class StaffAccount {

  public static final String FIND_BY_EMAIL = "StaffAccount.findByEmail";
  public static final String FIND_ACTIVE_WITH_ROLE = "StaffAccount.findActiveWithRole";

  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 254;

  /** Failed sign-ins in a row that lock the account. */
  public static final int MAX_FAILED_ATTEMPTS = 5;

  /** How long a locked account stays locked. */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  /** Null until the holder of an invited account sets a password. */
  @Column(name = "password_hash")
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id")
  private Office office;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Counts the changes that end the account's open sessions; see {@link #revokeSessions}. */
  @Column(name = "access_epoch", nullable = false)
  private int accessEpoch;

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(
      String email,
      String fullName,
      String passwordHash,
      Set<Role> roles,
      Office office,
      Instant now) {
    this.email = normalizeEmail(email);
    if (this.email.isEmpty() || this.email.length() > MAX_EMAIL) {
      throw new IllegalArgumentException("An e-mail has 1 to " + MAX_EMAIL + " characters");
    }
    this.passwordHash = passwordHash;
    this.createdAt = Objects.requireNonNull(now);
    changeProfile(fullName, office, roles);
  }

  /** A new account without a password: its holder sets one through an emailed link. */
  public static StaffAccount invite(
      String email, String fullName, Set<Role> roles, Office office, Instant now) {
    return new StaffAccount(email, fullName, null, roles, office, now);
  }

  /**
   * Changes name, office and roles together, so the rules hold for the result as a whole: at least
   * one role, a name, an office for a responder, and no newly assigned office that is inactive.
   */
  public void changeProfile(String fullName, Office office, Set<Role> roles) {
    String name = fullName == null ? "" : fullName.strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("A name has 1 to " + MAX_NAME + " characters");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("A staff account needs at least one role");
    }
    if (roles.contains(Role.RESPONDER) && office == null) {
      throw new IllegalArgumentException("A responder answers for an office: it needs one");
    }
    if (office != null && !office.isActive() && office != this.office) {
      throw new IllegalArgumentException("An inactive office cannot be assigned");
    }
    Set<Role> granted = EnumSet.copyOf(roles);
    if (!granted.equals(this.roles)) {
      revokeSessions();
    }
    this.fullName = name;
    this.office = office;
    this.roles = granted;
  }

  public static String normalizeEmail(String email) {
    return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed sign-in; the last allowed failure locks the account for {@link #LOCK_DURATION}.
   * Failures while locked are not counted: otherwise anyone who knows a staff member's address
   * could keep them locked out for good by trying a wrong password every few minutes.
   */
  public void recordFailedSignIn(Instant now) {
    if (isLockedAt(now)) {
      return;
    }
    failedAttempts++;
    if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedAttempts = 0;
    }
  }

  public void recordSignIn(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** A new password ends the sessions opened with the old one (it may have been stolen). */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    revokeSessions();
  }

  /**
   * Sets a password chosen through an emailed link; that proves who holds the account, so it
   * unlocks.
   */
  public void setPasswordHash(String newHash) {
    changePasswordHash(newHash);
    unlock();
  }

  /** Ends a lockout now, and starts the count of failures afresh. */
  public void unlock() {
    lockedUntil = null;
    failedAttempts = 0;
  }

  public void deactivate() {
    active = false;
    revokeSessions();
  }

  /**
   * Ends every open session of the account at its next request: a session holds the roles it was
   * granted when it began, so a change of roles, a deactivation or a new password must not wait for
   * the session to time out.
   */
  private void revokeSessions() {
    accessEpoch++;
  }

  public int getAccessEpoch() {
    return accessEpoch;
  }

  public void reactivate() {
    active = true;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean canSignInAt(Instant now) {
    return active && hasPassword() && !isLockedAt(now);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Office getOffice() {
    return office;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
