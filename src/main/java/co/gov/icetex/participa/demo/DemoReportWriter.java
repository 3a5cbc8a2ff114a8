package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.report.application.ReportPublisher;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the demo observations of the closed consultation through the real domain (received,
 * triaged, assigned, answered by the demo responder, approved by the demo approver, published) at
 * plausible past moments inside its window, then publishes version 1 of its report with the real
 * publisher.
 */
@ApplicationScoped
public class DemoReportWriter {

  static final String MARKER = "demo.report.loaded";
  static final String MODERATOR = "moderador@participa.test";
  static final String RESPONDER = "respuestas@participa.test";
  static final String APPROVER = "aprobador@participa.test";

  private static final Logger LOG = Logger.getLogger(DemoReportWriter.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AnswerDeadlines deadlines;
  @Inject ReportPublisher publisher;

  @Transactional
  public boolean alreadyLoaded() {
    return DemoMarkers.isSet(em, MARKER);
  }

  @Transactional
  public void write(List<TrackingCode> codes) {
    // The marker's key lets only one of several instances starting together write the demo report.
    boolean claimed = DemoMarkers.claim(em, MARKER, clock.now());
    if (!claimed) {
      return;
    }
    Consultation c =
        em.createNamedQuery(Consultation.FIND_BY_SLUG, Consultation.class)
            .setParameter("slug", AccountabilityReportConsultation.SLUG)
            .getResultStream()
            .findFirst()
            .orElse(null);
    List<Office> offices = em.createNamedQuery(Office.FIND_ACTIVE, Office.class).getResultList();
    if (c == null || offices.isEmpty()) {
      LOG.warning(
          "Demo report skipped: the closed demo consultation or the demo offices are missing");
      return;
    }
    Office planning =
        offices.stream()
            .filter(o -> o.getName().equals("Oficina Asesora de Planeación"))
            .findFirst()
            .orElse(offices.get(0));
    Instant now = clock.now();
    Instant opens = c.getWindow().getOpensAt();
    List<ConsultationPart> parts = c.getParts();
    for (int i = 0; i < DemoObservations.ALL.size(); i++) {
      DemoObservations.Seed seed = DemoObservations.ALL.get(i);
      Instant received = opens.plus(Duration.ofHours(9 + 17L * i));
      ConsultationPart part = seed.part() < 0 ? null : parts.get(seed.part() % parts.size());
      var submission =
          new ObservationSubmission(
              part == null ? null : part.getId(),
              seed.author(),
              seed.email(),
              seed.group(),
              seed.department(),
              seed.text(),
              true,
              seed.showName());
      var due = deadlines.dueDateFor(received);
      Observation o =
          seed.channel() == Channel.WEB || seed.channel() == Channel.API
              ? new Observation(codes.get(i), c, part, submission, seed.channel(), received, due)
              : Observation.registeredByStaff(
                  codes.get(i),
                  c,
                  part,
                  submission,
                  seed.channel(),
                  received,
                  due,
                  MODERATOR,
                  received.plus(Duration.ofHours(2)));
      em.persist(o);
      Instant triaged = received.plus(Duration.ofHours(20));
      if (seed.rejection() != null) {
        o.triage(seed.rejection(), seed.answer(), null, null, null, MODERATOR, triaged);
        continue;
      }
      o.assignTo(planning, MODERATOR, triaged);
      var answer =
          new Answer(
              List.of(o),
              planning,
              seed.outcome(),
              seed.answer(),
              RESPONDER,
              triaged.plus(Duration.ofDays(2)));
      em.persist(answer);
      answer.approve(APPROVER, triaged.plus(Duration.ofDays(3)));
      // Most answers are published well within the term; a few, on purpose, two days after it.
      Instant published =
          seed.late()
              ? due.plusDays(2).atTime(LocalTime.of(10, 0)).atZone(AppClock.BOGOTA).toInstant()
              : triaged.plus(Duration.ofDays(6));
      answer.publish(published.isAfter(now) ? now : published);
    }
    em.flush();
    publisher.freeze(
        c,
        "Sitio web del ICETEX (sección Participa), redes sociales institucionales y correo a quienes"
            + " enviaron observaciones.",
        "sistema");
    LOG.info(() -> "Demo report published with " + DemoObservations.ALL.size() + " observations");
  }
}
