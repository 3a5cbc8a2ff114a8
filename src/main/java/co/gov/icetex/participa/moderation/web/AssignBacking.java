package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.moderation.application.Assignment;
import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The assignment form of the observation page (form id {@code assign}); on an observation nobody
 * triaged yet it is "Admitir y asignar", one action the service audits as both steps.
 */
@Named("assignForm")
@RequestScoped
public class AssignBacking {

  @Inject ObservationReview review;
  @Inject ModerationService moderation;
  @Inject StaffChoices choices;

  private Long office;

  public void save() {
    var done = new AtomicReference<Assignment>();
    if (Actions.runIn(
        "assign", () -> done.set(moderation.assign(List.of(review.getCode()), office)), null)) {
      Actions.info(done.get().message());
      review.reload();
    }
  }

  public List<Choice> getOffices() {
    return choices.activeOffices();
  }

  public Long getOffice() {
    return office;
  }

  public void setOffice(Long office) {
    this.office = office;
  }
}
