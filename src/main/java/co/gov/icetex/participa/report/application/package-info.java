/**
 * Publishing and reading the response report: {@code ReportService} gathers the facts, {@code
 * ReportPublisher} freezes a version, {@code ReportReader} serves it, and the writers render it as
 * PDF/UA, CSV, XLSX and JSON. May use {@code report.domain}, the published domain types and
 * application services of {@code observation}, {@code answer} and {@code consultation}, {@code
 * campaign.application} (a form-letter campaign is frozen as one entry with its members' codes),
 * {@code staff.application} and {@code shared}.
 */
package co.gov.icetex.participa.report.application;
