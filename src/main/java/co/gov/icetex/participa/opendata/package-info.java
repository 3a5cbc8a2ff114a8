/**
 * Open data and the read-only public API over answers: {@code PublishedAnswer} is the one place
 * that decides what the public may see of an answered observation (text redacted, name only with
 * consent, never an e-mail); {@code PublishedAnswers} pages and filters them; {@code Dataset}
 * defines each downloadable dataset and its data dictionary, written as CSV or JSON by {@code
 * DatasetWriter}. The page /datos-abiertos, the page documenting the API and the OpenAPI
 * description are here too.
 */
package co.gov.icetex.participa.opendata;
