/**
 * Staff accounts, their roles and offices, and signing in: the identity store behind Jakarta
 * Security, lockout after repeated failures, the first administrator and the demo accounts.
 */
package co.gov.icetex.participa.staff;
