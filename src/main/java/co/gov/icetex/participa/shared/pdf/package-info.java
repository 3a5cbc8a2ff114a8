/**
 * Tagged, accessible PDF documents (PDF/UA-1) written with Apache PDFBox: the layout and the
 * structure tree the report and the memoria share. Depends on no feature package.
 */
package co.gov.icetex.participa.shared.pdf;
