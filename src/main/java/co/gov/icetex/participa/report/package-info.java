/**
 * The response report (informe de observaciones y respuestas) of a consultation: an approver publishes
 * it once the answers are ready; it is frozen as data at that moment (a published version never changes,
 * publishing again adds a version) and offered as a public page, PDF, CSV, XLSX and JSON. It builds on
 * observations and answers; nothing depends on it.
 */
package co.gov.icetex.participa.report;
