package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.Publication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/**
 * Scheduling and publishing a draft (form {@code publish}): its comment window, and why if it is
 * short.
 */
@Named("publishForm")
@RequestScoped
public class PublishForm {

  /** The order of the dates is the closing date's to fix. */
  private static final Map<String, String> INPUTS = Map.of(Publication.DATES_IN_ORDER, "closesOn");

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private LocalDate opensOn;
  private LocalDate closesOn;
  private String justification;

  public void publish() {
    var publication = new Publication(opensOn, closesOn, justification);
    page.attempt(
        "publish",
        () -> editor.publish(page.getId(), publication),
        "editor.saved.published",
        INPUTS);
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
