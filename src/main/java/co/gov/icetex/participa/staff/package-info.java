/**
 * Staff accounts, their roles and offices, and signing in: the identity store behind Jakarta
 * Security, lockout after repeated failures, the first administrator and the demo accounts; the
 * administration of accounts and offices; single-use e-mailed links to set a password (invitations
 * and resets). Other features read offices through {@code application.OfficeDirectory} and whom to
 * write to through {@code application.StaffContacts}. Depends on {@code shared} only; the staff
 * home (what has come in) is observation's page ({@code observation.web.DashboardBacking}).
 */
package co.gov.icetex.participa.staff;
