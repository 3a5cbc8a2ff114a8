/**
 * Subscriptions and their rules: who wants which alert, when a reminder is due, each occasion's
 * key.
 */
package co.gov.icetex.participa.alert.domain;
