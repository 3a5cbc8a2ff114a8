package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.hearing.domain.SurveyResponse;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.RuleViolation;
import co.gov.icetex.participa.shared.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.regex.Pattern;

/** The evaluation survey after a hearing: one response per person (by a keyed hash of their e-mail). */
@ApplicationScoped
public class HearingSurvey {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject Signer signer;

  @Transactional
  public void respond(String hearingSlug, String email, int clarity, int usefulness, SurveyAnswer answered, String comment) {
    if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      throw new RuleViolation("validation.email.invalid");
    }
    Hearing hearing =
        em.createNamedQuery(Hearing.FIND_PUBLISHED, Hearing.class)
            .setParameter("slug", hearingSlug)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RuleViolation("hearing.error.notFound"));
    String respondent = signer.sign("hearing-survey:" + hearing.getId(), email.strip().toLowerCase(Locale.ROOT));
    long already =
        em.createQuery("SELECT COUNT(s) FROM SurveyResponse s WHERE s.hearing = :h AND s.respondentKey = :k", Long.class)
            .setParameter("h", hearing)
            .setParameter("k", respondent)
            .getSingleResult();
    if (already > 0) {
      throw new RuleViolation("hearing.survey.error.duplicate");
    }
    em.persist(new SurveyResponse(hearing, respondent, clarity, usefulness, answered, PlainText.multiLine(comment), clock.now()));
    // A concurrent twin that slipped past the count is stopped by the unique key at commit.
  }
}
