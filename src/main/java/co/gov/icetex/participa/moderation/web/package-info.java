/**
 * The staff pages under /admin/observaciones/: queue, review of one observation, registration and
 * deadlines, and the attachment download. Thin over {@code moderation.application} and {@code
 * answer.application}; may use {@code observation}'s published domain types and {@code shared}.
 */
package co.gov.icetex.participa.moderation.web;
