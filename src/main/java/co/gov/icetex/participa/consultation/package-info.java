/**
 * Documents published for comment: consultations, their comment window, their commentable parts
 * (text parts and table rows) and their files. The public catalogue and the consultation page live
 * here, and so does editing them: {@code application.ConsultationEditor} (drafts, imports,
 * scheduling, notices, versioned corrections), {@code importing} (DOCX, Markdown, XLSX, CSV) and
 * the editors' pages in {@code admin} (/admin/consultas/).
 */
package co.gov.icetex.participa.consultation;
