package co.gov.icetex.participa.alert.domain;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person sends to subscribe: an address, and either the documents of one consultation
 * ({@code consultation}, its slug) or general topics. Messages are bundle keys, as for
 * observations.
 */
public record SubscriptionRequest(
    @NotBlank(message = "alerts.error.emailRequired")
        @Size(max = 254, message = "validation.email.invalid")
        @Email(message = "validation.email.invalid")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "validation.email.invalid")
        String email,
    String consultation,
    boolean newConsultations,
    ConsultationType type,
    boolean closingReminders,
    @AssertTrue(message = "alerts.error.consentRequired") boolean consent) {

  public SubscriptionRequest {
    email = PlainText.singleLine(email);
    consultation = consultation == null || consultation.isBlank() ? null : consultation.strip();
  }

  /** A general subscription names at least one topic; one consultation's needs none. */
  @AssertTrue(message = "alerts.validation.topic")
  public boolean isTopicChosen() {
    return consultation != null || !topics().isEmpty();
  }

  public AlertTopics topics() {
    return new AlertTopics(newConsultations, type, closingReminders);
  }
}
