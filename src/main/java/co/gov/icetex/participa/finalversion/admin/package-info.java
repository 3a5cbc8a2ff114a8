/**
 * The editors' page of a final version ({@code /admin/consultas/version-final.xhtml}): one bean per
 * form, each mapping its form to one {@code FinalVersionEditor} call and its refusal to the form's
 * fields through {@code FormErrors}; the rules are the service's and the entity's.
 */
package co.gov.icetex.participa.finalversion.admin;
