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
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.FIND_BY_EMAIL,
    query = "SELECT a FROM StaffAccount a WHERE a.email = :email")
public class StaffAccount {

  public static final String FIND_BY_EMAIL = "StaffAccount.findByEmail";

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

  @Column(name = "password_hash", nullable = false)
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

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(
      String email, String fullName, String passwordHash, Set<Role> roles, Office office, Instant now) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("A staff account needs at least one role");
    }
    this.email = normalizeEmail(email);
    this.fullName = Objects.requireNonNull(fullName).strip();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.office = office;
    this.createdAt = now;
  }

  public static String normalizeEmail(String email) {
    return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed sign-in; the last allowed failure locks the account for {@link #LOCK_DURATION}. */
  public void recordFailedSignIn(Instant now) {
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

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  public boolean canSignInAt(Instant now) {
    return active && !isLockedAt(now);
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
}
