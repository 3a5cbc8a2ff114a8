/**
 * The public report page (find one's code, filters, the figures folded, downloads with their sizes)
 * and the approvers' publishing page. Thin over {@code report.application}; may use {@code
 * report.domain}, the published observation and answer types its filters name (group, outcome) and
 * {@code shared}.
 */
package co.gov.icetex.participa.report.web;
