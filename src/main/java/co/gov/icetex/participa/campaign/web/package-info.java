/**
 * The staff's campaign pages: the campaigns as one row each (count and representative text) and one
 * campaign's members with "split off". Thin beans over {@code campaign.application}; may use {@code
 * shared}.
 */
package co.gov.icetex.participa.campaign.web;
