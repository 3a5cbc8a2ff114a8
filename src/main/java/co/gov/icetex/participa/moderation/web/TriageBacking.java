package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.moderation.application.TriageCommand;
import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The triage form of the observation page (form id {@code triage}). */
@Named("triageForm")
@RequestScoped
public class TriageBacking {

  @Inject ObservationReview review;
  @Inject ModerationService moderation;

  private Triage decision;
  private String reason;
  private String duplicateOf;
  private PetitionKind petitionKind;

  public void save() {
    var command = new TriageCommand(decision, reason, duplicateOf, petitionKind);
    if (Actions.runIn(
        "triage", () -> moderation.triage(review.getCode(), command), "moderation.triaged")) {
      review.reload();
    }
  }

  public Triage[] getDecisions() {
    return Triage.values();
  }

  public PetitionKind[] getPetitionKinds() {
    return PetitionKind.values();
  }

  public Triage getDecision() {
    return decision;
  }

  public void setDecision(Triage decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String duplicateOf) {
    this.duplicateOf = duplicateOf;
  }

  public PetitionKind getPetitionKind() {
    return petitionKind;
  }

  public void setPetitionKind(PetitionKind petitionKind) {
    this.petitionKind = petitionKind;
  }
}
