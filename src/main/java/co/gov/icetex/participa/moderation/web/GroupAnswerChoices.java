package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.moderation.application.QueueRow;
import co.gov.icetex.participa.observation.domain.Observation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The group part of the answer form of the observation page (form {@code draft}): the other
 * observations a first answer could also serve (same consultation and office, awaiting an answer),
 * those of the observation's form-letter campaign ticked in advance, and the codes ticked when the
 * form is posted ({@code grupo}). Read once per observation the page shows: after an action the
 * page reads the observation again ({@link ObservationReview#reload}), and these with it.
 */
@Named("groupAnswer")
@RequestScoped
public class GroupAnswerChoices {

  @Inject ObservationReview review;
  @Inject ObservationQueue queue;
  @Inject CampaignDirectory campaignDirectory;

  private Observation readFor;
  private List<QueueRow> candidates;
  private Set<String> campaignFellows;

  /**
   * The page asks whether there are any, then lists them; none once the observation is answered.
   */
  public List<QueueRow> getCandidates() {
    Observation o = current();
    if (candidates == null) {
      candidates =
          o == null || o.getAnswerId() != null ? List.of() : queue.similarAwaitingAnswer(o);
    }
    return candidates;
  }

  /** Whether {@code code} is in this observation's form-letter campaign: ticked in advance. */
  public boolean inSameCampaign(String code) {
    Observation o = current();
    if (campaignFellows == null) {
      campaignFellows =
          o == null ? Set.of() : Set.copyOf(campaignDirectory.fellowMembers(o.getTrackingCode()));
    }
    return campaignFellows.contains(code);
  }

  /** The codes ticked in the posted form, none when the form posted none. */
  List<String> ticked() {
    String[] group =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("grupo");
    return group == null ? List.of() : Arrays.asList(group);
  }

  /** The observation shown now; what was read for another one (before a reload) is dropped. */
  private Observation current() {
    Observation o = review.getObservation();
    if (o != readFor) {
      readFor = o;
      candidates = null;
      campaignFellows = null;
    }
    return o;
  }
}
