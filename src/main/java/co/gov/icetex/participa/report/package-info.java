/**
 * The response report (informe de observaciones y respuestas) of a consultation: an approver
 * publishes it once the answers are ready; it is frozen as data at that moment (a published version
 * never changes, publishing again adds a version) and offered as a public page, PDF, CSV, XLSX and
 * JSON. It builds on observations, answers and campaigns (a campaign is listed once, with its count
 * and its members' codes); nothing depends on it.
 */
package co.gov.icetex.participa.report;
