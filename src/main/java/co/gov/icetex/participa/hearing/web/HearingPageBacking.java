package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.application.HearingForms;
import co.gov.icetex.participa.hearing.application.MemoriaView;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingPhase;
import co.gov.icetex.participa.opendata.PublishedAnswer;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The public page of a hearing: details, agenda, materials; before it the question and registration
 * forms, after it the answered questions, the evaluation survey and the memoria. The page is
 * stateless (no session) like the observation form: its forms carry the hearing's slug and a signed
 * token, so a forged cross-site post is refused. Its two forms have their own beans,
 * RegistrationBacking and SurveyBacking, which share the hearing and the token read here; what
 * their selects offer is {@link HearingChoices}'.
 */
@Named("hearingPage")
@RequestScoped
public class HearingPageBacking {

  @Inject HearingCatalog catalog;
  @Inject FormTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  private String slug;
  private Hearing hearing;
  private String token;
  private HearingCatalog.Attendance attendance;
  private List<PublishedAnswer> questions;

  /**
   * On GET the slug comes from the URL; on a post, from the form's hidden field (the view is
   * stateless).
   */
  public void load() {
    if (slug == null) {
      slug = request.getParameter("h");
    }
    hearing = catalog.find(slug).orElse(null);
    if (hearing == null) {
      Pages.notFound();
    }
  }

  Hearing hearing() {
    if (hearing == null) {
      load();
    }
    return hearing;
  }

  /** The form's sender, when its token is genuine: a forged cross-site post has none. */
  Optional<HearingForms.Sender> sender() {
    return tokens
        .submissionId(token)
        .map(id -> new HearingForms.Sender(id, clientAddress.keyOf(request)));
  }

  public Hearing getHearing() {
    return hearing();
  }

  public HearingPhase getPhase() {
    return hearing().phaseAt(catalog.now());
  }

  /**
   * Once the hearing has ended the page keeps its record (agenda, materials, answers) but offers
   * nothing that looks ahead: no calendar entry, no live stream.
   */
  public boolean isHeld() {
    return getPhase() == HearingPhase.HELD;
  }

  public boolean isQuestionsOpen() {
    return hearing().getQuestions() != null
        && hearing().getQuestions().acceptsObservationsAt(catalog.now());
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

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
