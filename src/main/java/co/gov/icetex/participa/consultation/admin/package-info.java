/**
 * The editors' pages under {@code /admin/consultas/}: the list of consultations (drafts included)
 * and the editor of one consultation. Backing beans only map forms to {@code ConsultationEditor}
 * calls and its refusals to fields; the rules are the service's and the entity's.
 */
package co.gov.icetex.participa.consultation.admin;
