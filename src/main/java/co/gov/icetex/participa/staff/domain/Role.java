package co.gov.icetex.participa.staff.domain;

/**
 * What a staff member may do. One person may hold several roles. The names are the Jakarta Security
 * groups checked by the web constraints and by {@code @RequiresRole} (see {@code
 * shared.security.Roles}).
 */
public enum Role {
  /** Accounts, roles, offices and settings. */
  ADMIN,
  /** Consultations and their content. */
  EDITOR,
  /** Triage and assignment of observations. */
  MODERATOR,
  /** Drafts answers for the observations assigned to their office. */
  RESPONDER,
  /** Approves and publishes answers and reports. */
  APPROVER;
}
