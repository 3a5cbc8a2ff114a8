/**
 * The answer services: {@code AnswerService} (draft, return, approve, publish, extend), {@code
 * AnswerSheet} (the spreadsheet round trip), {@code AnswerTemplates} (offered to other features as
 * {@code TemplateChoice} values, never as entities) and {@code StaffChoices} (the consultations and
 * offices staff pick from in answer and moderation forms). May use {@code observation}, {@code
 * consultation} and {@code staff} through their published domain types and application services,
 * {@code notification} for the workflow e-mails, and {@code shared}. {@code AnsweredObservations}
 * gives the features above (the final version) a consultation's observations with their answers'
 * outcomes; {@code AnswerLookup} reads answers by id for the features that list observations with
 * their answers, and implements {@code observation.application.PublishedAnswers} for the public
 * lookup.
 */
package co.gov.icetex.participa.answer.application;
