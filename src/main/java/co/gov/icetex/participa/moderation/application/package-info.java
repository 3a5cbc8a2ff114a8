/**
 * The moderation services: {@code ModerationService} (triage), {@code ObservationQueue}, {@code
 * RegistrationService}, {@code DeadlineBoard}, {@code DeadlineReminders} (staff to write to come
 * from {@code staff.application.StaffContacts}). May use {@code observation}, {@code answer} and
 * {@code consultation} published domain types and application services, {@code staff.application},
 * {@code notification} and {@code shared}.
 */
package co.gov.icetex.participa.moderation.application;
