package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.alert.domain.AlertSubscription;
import co.gov.icetex.participa.alert.domain.AlertTopics;

/**
 * A subscription as its pages show it: what it asks for, never the address (a forwarded e-mail's
 * link shows nobody whose subscription it is). {@code consultationTitle} is null for a general one.
 */
public record SubscriptionView(
    String consultationSlug, String consultationTitle, AlertTopics topics, boolean confirmed) {

  static SubscriptionView of(AlertSubscription s) {
    var c = s.getConsultation();
    return new SubscriptionView(
        c == null ? null : c.getSlug(),
        c == null ? null : c.getTitle(),
        s.topics(),
        s.isConfirmed());
  }

  public boolean isGeneral() {
    return consultationSlug == null;
  }
}
