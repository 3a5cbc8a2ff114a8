/**
 * Moderation: the staff queue of observations, triage (accept, reject, redirect, assign to an
 * office), registering observations received by other channels, the deadline board and the daily
 * deadline reminders. Builds on {@code observation}, {@code consultation}, {@code staff}, {@code
 * answer} (the review page drafts and approves answers through {@code AnswerService}), {@code
 * notification} and {@code campaign} (a form-letter campaign takes one queue row; its members are a
 * queue filter and the group answer's pre-selection); only {@code report} and {@code demo} sit
 * above it.
 */
package co.gov.icetex.participa.moderation;
