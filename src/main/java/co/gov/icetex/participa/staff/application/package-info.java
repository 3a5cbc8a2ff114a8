/**
 * The staff services: account and office administration, the identity store and sign-in attempts
 * (lockout), password links, sessions, the signed-in {@code Caller}, and what other features may
 * read: {@code OfficeDirectory} (offices) and {@code StaffContacts} (whom to write to). May use
 * {@code staff.domain} and {@code shared}.
 */
package co.gov.icetex.participa.staff.application;
