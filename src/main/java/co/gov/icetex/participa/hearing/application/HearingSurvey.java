package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.EmailConfirmation;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.SurveyResponse;
import co.gov.icetex.participa.notification.Outbox;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.LinkSecrets;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.Signer;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The evaluation survey after a hearing: one response per person (by a keyed hash of their e-mail),
 * counted once the person confirms it through the link e-mailed to that address. An address that
 * already confirmed one is told so by e-mail; the page answers the same either way.
 */
@ApplicationScoped
public class HearingSurvey {

  static final String MAIL_LINK = "HEARING_SURVEY_LINK";
  static final String MAIL_ALREADY = "HEARING_SURVEY_ALREADY";
  private static final String PURPOSE = "hearing-survey";
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject Signer signer;
  @Inject Outbox outbox;
  @Inject HearingForms forms;
  @Inject HearingLinks links;

  @Transactional
  public void respond(
      String hearingSlug,
      String email,
      SurveyResponse.Answers answers,
      HearingForms.Sender sender) {
    if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      throw Refusal.of(Reason.CONFLICT, "validation.email.invalid");
    }
    Hearing hearing =
        em.createNamedQuery(Hearing.FIND_PUBLISHED, Hearing.class)
            .setParameter("slug", hearingSlug)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "hearing.error.notFound"));
    Instant now = clock.now();
    if (!hearing.acceptsEvaluationsAt(now)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.survey.error.closed");
    }
    var cleaned =
        new SurveyResponse.Answers(
            answers.clarity(),
            answers.usefulness(),
            answers.questionAnswered(),
            PlainText.multiLine(answers.comment()));
    String address = email.strip().toLowerCase(Locale.ROOT);
    String respondent = signer.sign("hearing-survey:" + hearing.getId(), address);
    Optional<SurveyResponse> existing =
        em.createNamedQuery(SurveyResponse.FIND_BY_RESPONDENT, SurveyResponse.class)
            .setParameter("hearing", hearing)
            .setParameter("key", respondent)
            .getResultStream()
            .findFirst();
    String secret = LinkSecrets.newSecret();
    if (existing.isEmpty()) {
      // Validated by the entity before the form's token is spent, so a correction can be sent
      // again.
      var response =
          new SurveyResponse(hearing, respondent, cleaned, LinkSecrets.hashOf(secret), now);
      if (!forms.admit(sender, PURPOSE)) {
        return;
      }
      em.persist(response);
    } else if (!forms.admit(sender, PURPOSE)) {
      return;
    } else if (existing.get().isConfirmed()) {
      outbox.enqueueToUnverified(
          MAIL_ALREADY,
          "survey-" + hearing.getId() + "-" + now.toEpochMilli(),
          address,
          Messages.get("hearing.survey.mail.already.subject", hearing.getTitle()),
          Messages.get(
              "hearing.survey.mail.already.body", hearing.getTitle(), links.page(hearing)));
      return;
    } else {
      existing.get().renew(cleaned, LinkSecrets.hashOf(secret), now);
    }
    em.flush();
    outbox.enqueueToUnverified(
        MAIL_LINK,
        "survey-" + hearing.getId() + "-" + now.toEpochMilli(),
        address,
        Messages.get("hearing.survey.mail.link.subject", hearing.getTitle()),
        Messages.get(
            "hearing.survey.mail.link.body",
            hearing.getTitle(),
            links.confirmation("evaluacion", secret),
            DateFormats.dateTime(now.plus(EmailConfirmation.LINK_LIFETIME)),
            links.page(hearing)));
  }

  /** The hearing a confirmation link's response evaluates, while the link works. */
  @Transactional
  public Optional<Hearing> pending(String secret) {
    Instant now = clock.now();
    return bySecret(secret)
        .filter(s -> s.confirmationLinkWorksAt(now))
        .map(SurveyResponse::getHearing);
  }

  /** Follows a confirmation link: the response counts from now on (once; again changes nothing). */
  @Transactional
  public Hearing confirm(String secret) {
    Instant now = clock.now();
    SurveyResponse response =
        bySecret(secret)
            .filter(s -> s.confirmationLinkWorksAt(now))
            .orElseThrow(() -> Refusal.of(Reason.CONFLICT, "hearing.confirm.error.link"));
    if (!response.isConfirmed()) {
      response.confirm(now);
    }
    return response.getHearing();
  }

  private Optional<SurveyResponse> bySecret(String secret) {
    if (!LinkSecrets.isWellFormed(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery(SurveyResponse.FIND_BY_CONFIRMATION, SurveyResponse.class)
        .setParameter("hash", LinkSecrets.hashOf(secret))
        .getResultStream()
        .findFirst();
  }
}
