/**
 * The answers desk under /admin/respuestas/ ({@code AnswersBacking}) and the spreadsheet download.
 * Thin: forms map to {@code answer.application} calls. May use this feature's application and
 * domain, {@code observation}'s published domain types and {@code shared}.
 */
package co.gov.icetex.participa.answer.web;
