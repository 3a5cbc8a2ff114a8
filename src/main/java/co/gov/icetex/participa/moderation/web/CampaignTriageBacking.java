package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.CampaignTriagePlan;
import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.moderation.application.TriageCommand;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * The triage form of the campaign page ({@code campana.xhtml}, form id {@code campaignTriage}): one
 * decision for every member still triageable.
 */
@Named("campaignTriageForm")
@RequestScoped
public class CampaignTriageBacking {

  @Inject ModerationService moderation;

  private Triage decision;
  private String reason;
  private String duplicateOf;

  public void save() {
    var command = new TriageCommand(decision, reason, duplicateOf, null);
    CampaignTriagePlan[] done = {null};
    if (Actions.runIn(
        "campaignTriage",
        () -> done[0] = moderation.triageCampaign(postedCampaignId(), command),
        null)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  Messages.get(
                      "campaign.triage.done",
                      done[0].toTriage().size(),
                      done[0].members(),
                      done[0].skipped().size()),
                  null));
    }
  }

  /** The campaign's id, posted by the form itself (the page's view parameter is not set yet). */
  private static long postedCampaignId() {
    String posted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    return posted == null || !posted.matches("\\d{1,18}") ? 0L : Long.parseLong(posted);
  }

  /** A petition is decided one observation at a time. */
  public Triage[] getDecisions() {
    return Arrays.stream(Triage.values()).filter(t -> t != Triage.PETITION).toArray(Triage[]::new);
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
}
