package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.answer.application.DeadlineExtension;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The deadline extension form of the observation page (form id {@code extension}). */
@Named("extensionForm")
@RequestScoped
public class ExtensionBacking {

  @Inject ObservationReview review;
  @Inject AnswerService answers;

  private LocalDate date;
  private String reason;
  private LocalDate latestExtension;

  public void send() {
    var extension = new DeadlineExtension(date, reason);
    if (Actions.runIn(
        "extension",
        () -> answers.extendDeadline(review.getCode(), extension),
        "deadline.extended")) {
      review.reload();
    }
  }

  /** Read once per request: the form's hint names it. */
  public LocalDate getLatestExtension() {
    if (latestExtension == null) {
      latestExtension = answers.latestExtension(review.getCode());
    }
    return latestExtension;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
