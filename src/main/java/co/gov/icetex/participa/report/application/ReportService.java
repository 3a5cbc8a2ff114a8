package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.report.domain.ReportReadiness;
import co.gov.icetex.participa.report.domain.ResponseReport;
import co.gov.icetex.participa.shared.AppClock;
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
import java.time.Instant;
import java.util.List;

/**
 * Approvers publish a consultation's response report. Publication is refused while the consultation
 * is open or any observation still waits for an approved answer; approved answers not yet public
 * are published in the same transaction (their authors are e-mailed), so the report and the answers
 * go public together. Each publication is a new, immutable version.
 */
@ApplicationScoped
public class ReportService {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject Caller caller;
  @Inject AnswerService answers;
  @Inject ReportPublisher publisher;

  /**
   * A closed consultation an approver may report on, with the last version published (0 for none).
   */
  public record Candidate(long id, String title, int year, int lastVersion)
      implements java.io.Serializable {}

  /** Where a consultation stands before publishing: its counts and its published versions. */
  public record Preparation(
      long consultationId,
      String title,
      String slug,
      ReportReadiness readiness,
      List<ReportVersion> versions)
      implements java.io.Serializable {}

  @Transactional
  @RequiresRole(Roles.APPROVER)
  public List<Candidate> closedConsultations() {
    Instant now = clock.now();
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.id, c.title, c.year, (SELECT MAX(r.versionNumber) FROM ResponseReport r WHERE r.consultation = c)"
                    + " FROM Consultation c WHERE c.published = TRUE AND c.window.closesAt <= :now"
                    + " ORDER BY c.window.closesAt DESC",
                Object[].class)
            .setParameter("now", now)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    (Long) r[0],
                    (String) r[1],
                    (Integer) r[2],
                    r[3] == null ? 0 : ((Number) r[3]).intValue()))
        .toList();
  }

  @Transactional
  @RequiresRole(Roles.APPROVER)
  public Preparation prepare(long consultationId) {
    Consultation c = closed(consultationId);
    List<ReportVersion> versions =
        em.createNamedQuery(ResponseReport.FIND_BY_SLUG, ResponseReport.class)
            .setParameter("slug", c.getSlug())
            .getResultStream()
            .map(ReportVersion::of)
            .toList();
    return new Preparation(
        c.getId(), c.getTitle(), c.getSlug(), publisher.readiness(consultationId), versions);
  }

  /** Publishes the next version of the report; returns its version number. */
  @Transactional
  @RequiresRole(Roles.APPROVER)
  public int publish(long consultationId, String announcedWhere) {
    Consultation c = closed(consultationId);
    String announcement = ResponseReport.checkedAnnouncement(announcedWhere);
    ReportReadiness readiness = publisher.readiness(consultationId);
    readiness.requireReady();
    if (readiness.approvedToPublish() > 0) {
      answers.publishApproved(consultationId);
    }
    long reportId = publisher.freeze(c, announcement, caller.name());
    return em.find(ResponseReport.class, reportId).getVersionNumber();
  }

  private Consultation closed(long consultationId) {
    Consultation c = em.find(Consultation.class, consultationId);
    if (c == null || !c.isPublished()) {
      throw Refusal.of(Reason.NOT_FOUND, "report.error.noConsultation");
    }
    if (c.phaseAt(clock.now()) != ConsultationPhase.CLOSED) {
      throw Refusal.of(Reason.CONFLICT, "report.error.notClosed");
    }
    return c;
  }
}
