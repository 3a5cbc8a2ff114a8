/**
 * The holder's requests: {@code PersonalDataHoldings} (what is kept about an address) and {@code
 * PersonalDataRequests} (suppress it, also from the mail outbox). May use the published domain
 * types of {@code observation}, {@code hearing} and {@code consultation}, {@code
 * staff.application}, {@code notification.Outbox} and {@code shared}.
 */
package co.gov.icetex.participa.privacy.application;
