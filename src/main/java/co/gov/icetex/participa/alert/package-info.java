/**
 * Alerts that bring citizens back, without an account: e-mail subscriptions (double opt-in,
 * one-click unsubscribe) to new consultations, to reminders before a consultation closes and to one
 * consultation's published documents, and the public Atom feeds of open consultations and of a
 * consultation's documents. Uses consultation and report; nothing depends on it but privacy (which
 * finds and suppresses subscriptions) and demo.
 */
package co.gov.icetex.participa.alert;
