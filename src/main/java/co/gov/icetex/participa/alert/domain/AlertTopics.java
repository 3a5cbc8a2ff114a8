package co.gov.icetex.participa.alert.domain;

import co.gov.icetex.participa.consultation.domain.ConsultationType;

/**
 * What a general subscription asks for: new consultations and reminders before a consultation
 * closes, of every type ({@code type} null) or of one type.
 */
public record AlertTopics(
    boolean newConsultations, ConsultationType type, boolean closingReminders) {

  public boolean isEmpty() {
    return !newConsultations && !closingReminders;
  }

  /** Whether a consultation of {@code candidate} type is in scope. */
  boolean covers(ConsultationType candidate) {
    return type == null || type == candidate;
  }
}
