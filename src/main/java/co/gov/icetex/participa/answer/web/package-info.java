/**
 * The answers desk under /admin/respuestas/ (one bean per form: {@code AnswersBacking} for the
 * spreadsheet import and the batch publication, {@code TemplatesBacking} for the answer templates)
 * and the spreadsheet download. Thin: forms map to {@code answer.application} calls. May use this
 * feature's application and domain, {@code observation}'s published domain types and {@code
 * shared}.
 */
package co.gov.icetex.participa.answer.web;
