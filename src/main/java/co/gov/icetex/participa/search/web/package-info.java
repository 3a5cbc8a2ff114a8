/** The page /buscar. Thin over {@code search}; may use {@code shared}. */
package co.gov.icetex.participa.search.web;
