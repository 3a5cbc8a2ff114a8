/**
 * {@code GET /api/v1/reports}: a published report as JSON, CSV, XLSX or PDF. May use {@code
 * report.application} and {@code shared}.
 */
package co.gov.icetex.participa.report.rest;
