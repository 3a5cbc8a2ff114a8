package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingPhase;
import co.gov.icetex.participa.hearing.domain.Memoria;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Publishes the hearing report (memoria): the summary and improvement commitments staff write, with
 * the attendance, the questions and their published answers and the evaluation's results as they
 * are at that moment, frozen as a snapshot. Publishing again adds a version; earlier ones stay
 * readable.
 */
@ApplicationScoped
public class MemoriaPublisher {

  @PersistenceContext EntityManager em;
  @Inject HearingCatalog catalog;
  @Inject MemoriaSnapshots snapshots;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;

  @Transactional
  @RequiresRole(Roles.APPROVER)
  public int publish(String hearingSlug, String summary, String commitments) {
    Hearing hearing =
        catalog
            .find(hearingSlug)
            .orElseThrow(() -> Refusal.of(Reason.NOT_FOUND, "hearing.error.notFound"));
    if (hearing.phaseAt(clock.now()) != HearingPhase.HELD) {
      throw Refusal.of(Reason.CONFLICT, "hearing.memoria.error.notHeld");
    }
    if (summary == null || summary.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "hearing.memoria.error.summary");
    }
    if (commitments == null || commitments.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "hearing.memoria.error.commitments");
    }
    String snapshot = snapshots.of(hearing, summary, commitments);
    int number =
        catalog.memorias(hearing).stream().mapToInt(Memoria::getNumber).max().orElse(0) + 1;
    var memoria = new Memoria(hearing, number, snapshot, caller.name(), clock.now());
    em.persist(memoria);
    audit.record(
        caller.name(),
        "MEMORIA_PUBLISHED",
        "Hearing",
        hearing.getSlug(),
        null,
        "version=" + number);
    return number;
  }
}
