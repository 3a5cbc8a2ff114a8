/**
 * The staff pages under /admin/observaciones/: queue, review of one observation, registration and
 * deadlines, and the attachment download. Thin over {@code moderation.application} and {@code
 * answer.application}; may use {@code observation}'s and {@code answer}'s published domain types
 * (the review page shows the observation's {@code Answer}) and {@code shared}.
 */
package co.gov.icetex.participa.moderation.web;
