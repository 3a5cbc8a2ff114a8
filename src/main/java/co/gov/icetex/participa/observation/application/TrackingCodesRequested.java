package co.gov.icetex.participa.observation.application;

import java.util.List;

/**
 * Fired inside the transaction of a code-recovery request that found observations sent with the
 * address: the notification feature e-mails their codes to it (observation does not depend on the
 * outbox). The ids, oldest first; the address in lower case, as observations store it; the form
 * post's id (its token's), which names the e-mail so a retried delivery is never a second one.
 */
public record TrackingCodesRequested(String requestId, String email, List<Long> observationIds) {}
