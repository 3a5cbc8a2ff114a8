/**
 * Documents published for comment: consultations, their comment window, their commentable parts (text
 * parts and table rows) and their files. The public catalogue and the consultation page live here.
 */
package co.gov.icetex.participa.consultation;
