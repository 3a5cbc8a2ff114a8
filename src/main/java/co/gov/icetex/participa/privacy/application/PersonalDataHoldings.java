package co.gov.icetex.participa.privacy.application;

import co.gov.icetex.participa.alert.application.AlertSubscriptions;
import java.time.Instant;
import java.util.List;

/**
 * What the portal keeps about one e-mail address: observations, hearing registrations, alert
 * subscriptions, e-mails.
 */
public record PersonalDataHoldings(
    List<HeldObservation> observations,
    List<HeldRegistration> registrations,
    List<AlertSubscriptions.Held> subscriptions,
    long mails) {

  /** An observation sent with the address. */
  public record HeldObservation(
      String trackingCode,
      String consultationTitle,
      String authorName,
      Instant receivedAt,
      boolean nameShown,
      boolean hasAttachment) {}

  /** A registration to attend a hearing. */
  public record HeldRegistration(
      long id, String hearingTitle, String fullName, Instant createdAt) {}

  public boolean isEmpty() {
    return observations.isEmpty()
        && registrations.isEmpty()
        && subscriptions.isEmpty()
        && mails == 0;
  }
}
