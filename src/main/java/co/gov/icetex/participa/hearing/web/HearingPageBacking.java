package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.AttendanceRegistrations;
import co.gov.icetex.participa.hearing.application.AttendanceRegistrations.InvalidRegistration;
import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.application.HearingForms;
import co.gov.icetex.participa.hearing.application.HearingSurvey;
import co.gov.icetex.participa.hearing.application.MemoriaView;
import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingPhase;
import co.gov.icetex.participa.hearing.domain.RegistrationRequest;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.hearing.domain.SurveyResponse;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.opendata.PublishedAnswer;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.RuleViolation;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public page of a hearing: details, agenda, materials; before it the question and registration
 * forms, after it the answered questions, the evaluation survey and the memoria. The page is stateless
 * (no session) like the observation form: its forms carry the hearing's slug and a signed token, so a
 * forged cross-site post is refused.
 */
@Named("hearingPage")
@RequestScoped
public class HearingPageBacking {

  @Inject HearingCatalog catalog;
  @Inject AttendanceRegistrations registrations;
  @Inject HearingSurvey survey;
  @Inject FormTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String slug;
  private Hearing hearing;
  private String token;
  private HearingCatalog.Attendance attendance;
  private List<PublishedAnswer> questions;

  // Registration
  private String fullName;
  private String email;
  private AttendanceMode mode;
  private String group;
  private String department;
  private boolean consent;
  private Map<String, String> errors = Map.of();
  private String registrationError;
  private boolean registered;

  // Survey
  private String surveyEmail;
  private Integer clarity;
  private Integer usefulness;
  private SurveyAnswer questionAnswered;
  private String comment;
  private String surveyError;
  private boolean evaluated;

  /** On GET the slug comes from the URL; on a post, from the form's hidden field (the view is stateless). */
  public void load() {
    if (slug == null) {
      slug = request.getParameter("h");
    }
    hearing = catalog.find(slug).orElse(null);
    if (hearing == null) {
      Pages.notFound();
    }
  }

  private Hearing hearing() {
    if (hearing == null) {
      load();
    }
    return hearing;
  }

  public void register() {
    Optional<HearingForms.Sender> sender = sender();
    if (sender.isEmpty()) {
      registrationError = Messages.get("hearing.error.forged");
      return;
    }
    var requestData = new RegistrationRequest(
        fullName, email, mode,
        Arrays.stream(StakeholderGroup.values()).filter(g -> g.name().equals(group)).findFirst().orElse(null),
        department == null ? null : Department.ofCode(department).orElse(null),
        consent);
    try {
      registrations.request(hearing().getSlug(), requestData, sender.get());
      registered = true;
    } catch (InvalidRegistration invalid) {
      errors = invalid.errors().ordered();
    } catch (RuleViolation refused) {
      registrationError = refused.message();
    }
  }

  public void evaluate() {
    Optional<HearingForms.Sender> sender = sender();
    if (sender.isEmpty()) {
      surveyError = Messages.get("hearing.error.forged");
      return;
    }
    if (clarity == null || usefulness == null) {
      surveyError = Messages.get("hearing.survey.error.scale");
      return;
    }
    try {
      survey.respond(hearing().getSlug(), surveyEmail,
          new SurveyResponse.Answers(clarity, usefulness, questionAnswered, comment), sender.get());
      evaluated = true;
    } catch (RuleViolation refused) {
      surveyError = refused.message();
    }
  }

  /** The form's sender, when its token is genuine: a forged cross-site post has none. */
  private Optional<HearingForms.Sender> sender() {
    return tokens.submissionId(token).map(id -> new HearingForms.Sender(id, clientAddress.keyOf(request)));
  }

  public Hearing getHearing() {
    return hearing();
  }

  public HearingPhase getPhase() {
    return hearing().phaseAt(catalog.now());
  }

  public boolean isQuestionsOpen() {
    return hearing().getQuestions() != null && hearing().getQuestions().acceptsObservationsAt(catalog.now());
  }

  public boolean isRegistrationOpen() {
    return hearing().acceptsRegistrationsAt(catalog.now());
  }

  public boolean isSurveyOpen() {
    return hearing().acceptsEvaluationsAt(catalog.now());
  }

  /** Read once per request: the page shows both counts and asks for the questions twice. */
  public HearingCatalog.Attendance getAttendance() {
    if (attendance == null) {
      attendance = catalog.registrations(hearing());
    }
    return attendance;
  }

  public List<PublishedAnswer> getQuestions() {
    if (questions == null) {
      questions = catalog.answeredQuestions(hearing());
    }
    return questions;
  }

  public MemoriaView getMemoria() {
    var all = catalog.memorias(hearing());
    return all.isEmpty() ? null : catalog.view(all.get(0));
  }

  public String getToken() {
    if (token == null) {
      token = tokens.issue();
    }
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public AttendanceMode[] getModes() {
    return AttendanceMode.values();
  }

  public SurveyAnswer[] getSurveyAnswers() {
    return SurveyAnswer.values();
  }

  public List<StakeholderGroup> getGroups() {
    return Arrays.asList(StakeholderGroup.values());
  }

  public List<Department> getDepartments() {
    return Department.byName();
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public String getRegistrationError() {
    return registrationError;
  }

  public boolean isRegistered() {
    return registered;
  }

  public String getSurveyError() {
    return surveyError;
  }

  public boolean isEvaluated() {
    return evaluated;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public AttendanceMode getMode() {
    return mode;
  }

  public void setMode(AttendanceMode mode) {
    this.mode = mode;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getSurveyEmail() {
    return surveyEmail;
  }

  public void setSurveyEmail(String surveyEmail) {
    this.surveyEmail = surveyEmail;
  }

  public Integer getClarity() {
    return clarity;
  }

  public void setClarity(Integer clarity) {
    this.clarity = clarity;
  }

  public Integer getUsefulness() {
    return usefulness;
  }

  public void setUsefulness(Integer usefulness) {
    this.usefulness = usefulness;
  }

  public SurveyAnswer getQuestionAnswered() {
    return questionAnswered;
  }

  public void setQuestionAnswered(SurveyAnswer questionAnswered) {
    this.questionAnswered = questionAnswered;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
