/**
 * E-mail to citizens and staff through a transactional outbox: messages are written to the outbox
 * table in the caller's transaction, and {@code OutboxDispatcher} delivers them with retries, so
 * nothing is sent on rollback and nothing is lost while the mail server is down.
 *
 * <p>Who uses it, and why not only through events: {@code ObservationReceiptMail} and {@code
 * PasswordLinkMail} observe events ({@code ObservationSubmitted}, {@code PasswordLinkIssued}).
 * {@code WorkflowMails} is called by {@code answer} (answers published, deadline extended) and
 * {@code moderation} (rejected, redirected), and {@code DeadlineReminderMail} by moderation's daily
 * reminders: both write in the caller's transaction. {@code Outbox} itself is called by {@code
 * hearing} (registration and survey links, which must know whether the per-address limit refused
 * the message) and {@code privacy} (forgetting a recipient, which returns what it removed): a
 * result an event cannot give. May use the published domain types and application events of {@code
 * consultation}, {@code observation} and {@code staff}, and {@code shared}; it must not use the
 * features that call it.
 */
package co.gov.icetex.participa.notification;
