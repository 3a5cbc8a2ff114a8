/** The page /datos-abiertos. Thin over {@code opendata}. */
package co.gov.icetex.participa.opendata.web;
