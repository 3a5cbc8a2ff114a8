/**
 * {@code GET /api/v1/hearings}: published hearings as JSON. May use {@code hearing.application},
 * {@code hearing.domain}, {@code opendata.PublishedAnswer} and {@code shared}.
 */
package co.gov.icetex.participa.hearing.rest;
