/**
 * The report's own model: {@code ResponseReport} (a frozen version), its entries, totals,
 * dispositions and readiness, built from {@code ObservationFacts}. Nothing here is published to
 * other features. May use {@code observation}, {@code answer} and {@code consultation} published
 * domain types and {@code shared}.
 */
package co.gov.icetex.participa.report.domain;
