/**
 * Reading a consultation's content from the files offices already have: text parts from DOCX (by
 * heading styles) or Markdown (by ATX headings), table rows from XLSX or CSV (one row per part, the
 * header row naming the cells). Pure Java, no container: every file is treated as hostile (size,
 * zip bombs, content that is not what the name says, too many parts, over-long cells) and every
 * refusal is a {@code shared.validation.Refusal} about the field {@code ImportLimits.FIELD} (the
 * file) with a Spanish message key. What is read is stored as plain text, never as HTML.
 */
package co.gov.icetex.participa.consultation.importing;
