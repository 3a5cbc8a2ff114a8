/**
 * E-mail to citizens and staff. Features fire events; observers here turn them into messages written
 * to an outbox table in the same transaction, and a dispatcher delivers the outbox with retries. Nothing
 * depends on this package.
 */
package co.gov.icetex.participa.notification;
