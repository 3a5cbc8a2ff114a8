/**
 * Subscribing and confirming, managing and unsubscribing, the alert e-mails (through the outbox,
 * with RFC 8058 one-click unsubscribe headers), the scheduled look for openings and closings, the
 * observer of published documents, and the Atom feeds.
 */
package co.gov.icetex.participa.alert.application;
