/**
 * Habeas data (Ley 1581 de 2012): administrators answer a holder's request to know what the portal
 * keeps about their e-mail address, and to suppress it. Citizens send such requests through the
 * channels the privacy policy names; the portal gives staff the means to honour them without
 * touching the database by hand, and records each one in the audit trail.
 */
package co.gov.icetex.participa.privacy;
