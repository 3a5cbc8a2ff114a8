package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import java.time.Instant;
import java.util.List;

/**
 * An account as the administration pages show it. {@code lockedUntil} is null unless locked now;
 * {@code passwordSet} is false while an invitation is pending.
 */
public record AccountView(
    long id,
    String email,
    String fullName,
    Long officeId,
    String officeName,
    List<Role> roles,
    boolean active,
    Instant lockedUntil,
    Instant lastSignInAt,
    boolean passwordSet) {

  static AccountView of(StaffAccount a, Instant now) {
    return new AccountView(
        a.getId(),
        a.getEmail(),
        a.getFullName(),
        a.getOffice() == null ? null : a.getOffice().getId(),
        a.getOffice() == null ? null : a.getOffice().getName(),
        a.getRoles().stream().sorted().toList(),
        a.isActive(),
        a.isLockedAt(now) ? a.getLockedUntil() : null,
        a.getLastLoginAt(),
        a.hasPassword());
  }

  public boolean locked() {
    return lockedUntil != null;
  }

  public boolean hasRole(String role) {
    return roles.stream().anyMatch(r -> r.name().equals(role));
  }
}
