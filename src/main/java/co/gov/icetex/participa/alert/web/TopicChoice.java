package co.gov.icetex.participa.alert.web;

import co.gov.icetex.participa.alert.domain.AlertTopics;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.util.Arrays;

/**
 * The topic fields of the subscription form and of the manage page, as the person ticks them: the
 * type is the selected option's name (none for every type).
 */
public class TopicChoice {

  private boolean newConsultations;
  private String type;
  private boolean closingReminders;

  /** The fields as the subscription now has them, for the manage page's first view. */
  void show(AlertTopics topics) {
    newConsultations = topics.newConsultations();
    type = topics.type() == null ? null : topics.type().name();
    closingReminders = topics.closingReminders();
  }

  /** The chosen type; null for every type (or an option that is not one). */
  ConsultationType chosenType() {
    return Arrays.stream(ConsultationType.values())
        .filter(t -> t.name().equals(type))
        .findFirst()
        .orElse(null);
  }

  AlertTopics chosen() {
    return new AlertTopics(newConsultations, chosenType(), closingReminders);
  }

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  public boolean isNewConsultations() {
    return newConsultations;
  }

  public void setNewConsultations(boolean newConsultations) {
    this.newConsultations = newConsultations;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public boolean isClosingReminders() {
    return closingReminders;
  }

  public void setClosingReminders(boolean closingReminders) {
    this.closingReminders = closingReminders;
  }
}
