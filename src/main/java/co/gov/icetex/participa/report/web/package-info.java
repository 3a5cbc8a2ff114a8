/**
 * The public report page (find one's code, filters, the figures folded, downloads with their sizes)
 * and the approvers' publishing page. Thin over {@code report.application}; may use {@code
 * report.domain}, the published observation types its filters name (outcome, group) and {@code
 * shared}.
 */
package co.gov.icetex.participa.report.web;
