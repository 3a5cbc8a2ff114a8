/**
 * The public report page and the approvers' publishing page. Thin over {@code report.application};
 * may use {@code report.domain} and {@code shared}.
 */
package co.gov.icetex.participa.report.web;
