package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.ObservationSubmitted;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Saves a registered observation, its receipt e-mail (when there is an address) and its audit
 * record together.
 */
@ApplicationScoped
class RegistrationRecorder {

  @PersistenceContext EntityManager em;
  @Inject AnswerDeadlines deadlines;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject AppClock clock;
  @Inject Event<ObservationSubmitted> submitted;

  @Transactional
  String save(TrackingCode code, Registration r) {
    Consultation consultation =
        r.consultationId() == null ? null : em.find(Consultation.class, r.consultationId());
    if (consultation == null || !consultation.isPublished()) {
      throw Refusal.invalid("consultation", "validation.consultation.notFound");
    }
    LocalDate firstDay =
        LocalDate.ofInstant(consultation.getWindow().getOpensAt(), AppClock.BOGOTA);
    LocalDate lastDay =
        LocalDate.ofInstant(
            consultation.getWindow().getClosesAt().minusNanos(1000), AppClock.BOGOTA);
    // Questions asked live at the hearing come after its online window has closed; they still
    // count.
    boolean askedLive = r.channel() == Channel.HEARING;
    if (r.receivedOn().isBefore(firstDay) || (!askedLive && r.receivedOn().isAfter(lastDay))) {
      throw Refusal.invalid(
          "receivedOn", "moderation.register.error.outsideWindow", consultation.getTitle());
    }
    ConsultationPart part = null;
    if (r.submission().partId() != null) {
      part = em.find(ConsultationPart.class, r.submission().partId());
      if (part == null || part.getConsultation() != consultation) {
        throw Refusal.of(Reason.INVALID, "validation.part.notInConsultation");
      }
    }
    Instant now = clock.now();
    // Received that day: the start of it in Bogotá, or now when it is today (never in the future).
    Instant receivedAt =
        r.receivedOn().equals(clock.today())
            ? now
            : r.receivedOn().atStartOfDay(AppClock.BOGOTA).toInstant();
    Observation o =
        Observation.registeredByStaff(
            code,
            consultation,
            part,
            r.submission(),
            r.channel(),
            receivedAt,
            deadlines.dueDateFor(receivedAt),
            caller.name(),
            now);
    em.persist(o);
    em.flush();
    audit.record(
        caller.name(),
        "OBSERVATION_REGISTERED",
        "Observation",
        o.getTrackingCode(),
        null,
        o.auditState());
    submitted.fire(new ObservationSubmitted(o.getId(), o.getTrackingCode()));
    return o.getTrackingCode();
  }
}
