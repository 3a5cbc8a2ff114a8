/**
 * The hearing services: editing and the public catalogue, registrations and the survey (their
 * confirmation e-mails go through {@code notification.Outbox}, whose per-address limit they need to
 * know), the memoria snapshot, its page view and PDF. May use {@code hearing.domain}, {@code
 * consultation}, {@code observation} and {@code answer} published domain types, {@code
 * opendata.PublishedAnswer}, {@code staff.application}, {@code notification} and {@code shared}.
 */
package co.gov.icetex.participa.hearing.application;
