/**
 * Staff entities: {@code StaffAccount} (roles, office, password hash, lockout), {@code Office},
 * {@code PasswordToken}, {@code Role}. Published to other features: {@code Office}, {@code Role}
 * and {@code PasswordToken} (its purpose travels in {@code PasswordLinkIssued}); {@code
 * StaffAccount} is reached through {@code staff.application} only. May use {@code shared} only.
 */
package co.gov.icetex.participa.staff.domain;
