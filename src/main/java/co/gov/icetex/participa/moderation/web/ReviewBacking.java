package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.answer.application.AnswerTemplates;
import co.gov.icetex.participa.answer.application.AnswerTemplates.TemplateChoice;
import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.moderation.application.ObservationQueue;
import co.gov.icetex.participa.moderation.application.QueueRow;
import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.observation.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.AnswerStatus;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.audit.AuditEvent;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.web.Actions;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * One observation for staff: its data and history, and the actions the person's roles allow in its
 * current state (triage, assignment, answer, approval, publication, extension). Showing an action is a
 * convenience; each service checks the role and the state again.
 */
@Named("review")
@RequestScoped
public class ReviewBacking {

  @Inject ObservationQueue queue;
  @Inject CampaignDirectory campaignDirectory;
  @Inject ModerationService moderation;
  @Inject AnswerService answers;
  @Inject AnswerTemplates templates;
  @Inject StaffChoices choices;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject AppClock clock;

  private String code;
  private Long templateId;
  private Observation observation;
  private Long myOfficeId;
  private List<QueueRow> groupCandidates;
  private Set<String> campaignFellows;
  private LocalDate latestExtension;

  private Triage decision;
  private String reason;
  private String duplicateOf;
  private PetitionKind petitionKind;
  private Long assignTo;
  private AnswerOutcome outcome;
  private String answerText;
  private String returnComment;
  private String extensionDate;
  private String extensionReason;

  public void load() {
    observation = null;
    if (current() == null) {
      Pages.notFound();
      return;
    }
    if (observation.getAnswer() != null && answerText == null) {
      outcome = observation.getAnswer().getOutcome();
      answerText = observation.getAnswer().getText();
    }
    if (templateId != null && answerText == null) {
      templates.choices().stream()
          .filter(t -> templateId.equals(t.id()))
          .findFirst()
          .ifPresent(t -> {
            outcome = t.outcome();
            answerText = t.text();
          });
    }
  }

  /** The signed-in person's office, read once per request (the page asks several times). */
  private Long myOfficeId() {
    if (myOfficeId == null) {
      myOfficeId = caller.office().map(f -> f.getId()).orElse(-1L);
    }
    return myOfficeId;
  }

  /** Read on first use: on a postback the page asks what to render before any action runs. */
  private Observation current() {
    if (code == null) {
      // Each form posts the code too: components ask whether they are rendered before the view
      // parameters of a postback are applied.
      code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("codigo");
    }
    if (observation == null && code != null) {
      observation = queue.find(code).orElse(null);
    }
    return observation;
  }

  private void after(boolean done) {
    if (done) {
      answerText = null;
      outcome = null;
    }
    load();
  }

  public void triage() {
    after(Actions.run(
        () -> moderation.triage(code, new ModerationService.Decision(decision, reason, duplicateOf, petitionKind)),
        "moderation.triaged"));
  }

  public void assign() {
    if (assignTo == null) {
      Actions.error(Messages.get("moderation.error.officeRequired"));
      load();
      return;
    }
    after(Actions.run(() -> moderation.assign(List.of(code), assignTo), "moderation.assigned", 1));
  }

  public void draft() {
    List<String> codes = new ArrayList<>(List.of(code));
    String[] group = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("grupo");
    if (group != null) {
      codes.addAll(Arrays.asList(group));
    }
    Observation current = current();
    boolean existing = current != null && current.getAnswer() != null;
    String text = answerText;
    AnswerOutcome chosen = outcome;
    boolean done =
        existing
            ? Actions.run(() -> answers.redraft(current.getAnswer().getId(), chosen, text), "answer.drafted")
            : Actions.run(() -> answers.draft(codes, chosen, text), "answer.drafted");
    if (!done) {
      load(); // keep what was typed
      return;
    }
    after(true);
  }

  public void approve() {
    after(Actions.run(() -> answers.approve(answerId()), "answer.approved"));
  }

  public void returnForChanges() {
    after(Actions.run(() -> answers.returnForChanges(answerId(), returnComment), "answer.returned"));
  }

  public void publish() {
    after(Actions.run(() -> answers.publish(answerId()), "answer.published"));
  }

  public void extend() {
    LocalDate date;
    try {
      date = extensionDate == null || extensionDate.isBlank() ? null : LocalDate.parse(extensionDate);
    } catch (DateTimeParseException e) {
      date = null;
    }
    LocalDate newDate = date;
    after(Actions.run(() -> answers.extendDeadline(code, newDate, extensionReason), "deadline.extended"));
  }

  private long answerId() {
    return Objects.requireNonNull(current().getAnswer(), "no answer").getId();
  }

  // What the page offers, by role and state.

  public boolean isCanTriage() {
    return caller.inRole(Roles.MODERATOR) && current().getStatus().isTriageable();
  }

  public boolean isCanAssign() {
    return caller.inRole(Roles.MODERATOR) && current().getStatus().isTriageable();
  }

  public boolean isCanDraft() {
    if (!caller.inRole(Roles.RESPONDER) || current().getOffice() == null) {
      return false;
    }
    boolean mine = current().getOffice().getId().equals(myOfficeId());
    var answer = current().getAnswer();
    boolean open = answer == null
        ? current().getStatus().isAnswerable()
        : answer.getStatus() == AnswerStatus.DRAFT || answer.getStatus() == AnswerStatus.RETURNED;
    return mine && open;
  }

  public boolean isCanReview() {
    return caller.inRole(Roles.APPROVER) && current().getAnswer() != null
        && current().getAnswer().getStatus() == AnswerStatus.DRAFT;
  }

  public boolean isCanPublish() {
    return caller.inRole(Roles.APPROVER) && current().getAnswer() != null
        && current().getAnswer().getStatus() == AnswerStatus.APPROVED;
  }

  public boolean isCanExtend() {
    return caller.inRole(Roles.APPROVER) && current().getStatus().isPending()
        && current().getExtendedDueDate() == null && !current().isOverdueOn(clock.today());
  }

  /** Read once per request: the form shows it and uses it as the date field's maximum. */
  public LocalDate getLatestExtension() {
    if (latestExtension == null) {
      latestExtension = answers.latestExtension(code);
    }
    return latestExtension;
  }

  /** Read once per request: the page asks whether there are any, then lists them. */
  public List<QueueRow> getGroupCandidates() {
    if (groupCandidates == null) {
      groupCandidates = current().getAnswer() == null ? queue.similarAwaitingAnswer(current()) : List.of();
    }
    return groupCandidates;
  }

  public List<TemplateChoice> getTemplates() {
    return templates.choices();
  }

  /** The observation's own events and its answer's, in time order. */
  public List<AuditEvent> getHistory() {
    List<AuditEvent> events = new ArrayList<>(audit.trail("Observation", current().getTrackingCode()));
    if (current().getAnswer() != null) {
      events.addAll(audit.trail("Answer", current().getAnswer().getId().toString()));
      events.sort(java.util.Comparator.comparing(AuditEvent::getAt));
    }
    return events;
  }

  public List<Choice> getOffices() {
    return choices.activeOffices();
  }

  public Triage[] getDecisions() {
    return Triage.values();
  }

  public PetitionKind[] getPetitionKinds() {
    return PetitionKind.values();
  }

  public AnswerOutcome[] getOutcomes() {
    return AnswerOutcome.values();
  }

  public Observation getObservation() {
    return current();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
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

  public Long getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(Long assignTo) {
    this.assignTo = assignTo;
  }

  public AnswerOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AnswerOutcome outcome) {
    this.outcome = outcome;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }

  public String getExtensionDate() {
    return extensionDate;
  }

  public void setExtensionDate(String extensionDate) {
    this.extensionDate = extensionDate;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  /** Whether {@code code} is in this observation's form-letter campaign: pre-selected for the group answer. */
  public boolean inSameCampaign(String code) {
    if (campaignFellows == null) {
      campaignFellows = Set.copyOf(campaignDirectory.fellowMembers(current().getTrackingCode()));
    }
    return campaignFellows.contains(code);
  }
}
