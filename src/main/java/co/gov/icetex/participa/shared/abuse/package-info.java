/**
 * Limits on how often one client or one e-mail recipient may do a limited thing ({@link
 * co.gov.icetex.participa.shared.abuse.RateLimit}), counted in the database so every instance
 * applies the same limit, and the purge that keeps those counts small. The limits themselves are
 * declared by the features they protect (lookups, hearing forms, unverified e-mails).
 */
package co.gov.icetex.participa.shared.abuse;
