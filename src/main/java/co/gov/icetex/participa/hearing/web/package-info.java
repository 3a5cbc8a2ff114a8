/**
 * The public hearing pages: list, one hearing, registration and evaluation confirmations, the
 * memoria and the hearing's files. Thin over {@code hearing.application}; may use {@code shared}.
 */
package co.gov.icetex.participa.hearing.web;
