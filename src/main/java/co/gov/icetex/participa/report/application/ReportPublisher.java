package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.answer.application.AnswerLookup;
import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.report.domain.ObservationFacts;
import co.gov.icetex.participa.report.domain.ReportEntry;
import co.gov.icetex.participa.report.domain.ReportReadiness;
import co.gov.icetex.participa.report.domain.ReportTotals;
import co.gov.icetex.participa.report.domain.ResponseReport;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Freezes a consultation's report as data, inside the caller's transaction (the approver's
 * publication, or the demo loader): counts the settled observations, writes the report row, then
 * one entry per observation, and records the publication in the audit trail. It reads observations
 * a page at a time and clears the persistence context between pages, so 10,000 observations take no
 * more memory than 500.
 */
@ApplicationScoped
public class ReportPublisher {

  static final int PAGE = 500;

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject CampaignDirectory campaignDirectory;
  @Inject AnswerLookup answerLookup;
  @Inject AuditLog audit;
  @Inject Event<ReportPublished> published;

  /** How many observations of the consultation stand in each state. */
  public ReportReadiness readiness(long consultationId) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT o.status, COUNT(o) FROM Observation o WHERE o.consultation.id = :c GROUP BY o.status",
                Object[].class)
            .setParameter("c", consultationId)
            .getResultList();
    var counts = new java.util.EnumMap<ObservationStatus, Long>(ObservationStatus.class);
    rows.forEach(r -> counts.put((ObservationStatus) r[0], ((Number) r[1]).longValue()));
    return new ReportReadiness(counts);
  }

  /**
   * Publishes the next version of the report of {@code consultation}. Every observation must be
   * settled by now (approved answers published first by the caller); returns the new report's id.
   */
  @Transactional(TxType.MANDATORY)
  public long freeze(Consultation consultation, String announcedWhere, String actor) {
    Instant now = clock.now();
    long consultationId = consultation.getId();
    ReportReadiness readiness = readiness(consultationId);
    readiness.requireReady();
    if (readiness.approvedToPublish() > 0) {
      throw new IllegalStateException("Approved answers must be published before the report");
    }
    Integer last =
        em.createNamedQuery(ResponseReport.LAST_VERSION, Integer.class)
            .setParameter("consultation", consultationId)
            .getSingleResult();
    // Counted first, so the report row is written once and whole (the database refuses updates).
    var counter = new ReportTotals.Counter();
    forEachPage(consultationId, page -> page.forEach(f -> counter.add(ReportEntry.preview(f))));

    Consultation current = em.find(Consultation.class, consultationId);
    int version = 1 + (last == null ? 0 : last);
    var report = new ResponseReport(current, version, announcedWhere, counter.totals(), actor, now);
    em.persist(report);
    em.flush();
    long reportId = report.getId();
    audit.record(
        actor,
        "REPORT_PUBLISHED",
        "ResponseReport",
        Long.toString(reportId),
        null,
        report.auditState());
    em.flush();

    int[] position = {0};
    Map<Long, List<String>> campaignMembers =
        new HashMap<>(); // a campaign's codes, read once per publication
    forEachPage(
        consultationId,
        page -> {
          ResponseReport owner = em.getReference(ResponseReport.class, reportId);
          Map<String, CampaignDirectory.Summary> inCampaigns =
              campaignDirectory.campaignsOf(
                  page.stream().map(ObservationFacts::trackingCode).toList());
          page.forEach(
              f -> {
                ReportEntry entry = ReportEntry.of(owner, ++position[0], f);
                CampaignDirectory.Summary campaign = inCampaigns.get(f.trackingCode());
                if (campaign != null) {
                  entry.inCampaign(
                      campaign.representativeCode(),
                      campaignMembers.computeIfAbsent(
                          campaign.campaignId(), campaignDirectory::memberCodes));
                }
                em.persist(entry);
              });
        });
    published.fire(new ReportPublished(consultationId, version));
    return reportId;
  }

  /** The observations in the order the report lists them (as received), a page at a time. */
  private void forEachPage(long consultationId, Consumer<List<ObservationFacts>> action) {
    em.flush();
    for (int first = 0; ; first += PAGE) {
      List<Observation> page =
          em.createQuery(
                  "SELECT o FROM Observation o LEFT JOIN FETCH o.part"
                      + " WHERE o.consultation.id = :c ORDER BY o.receivedAt, o.id",
                  Observation.class)
              .setParameter("c", consultationId)
              .setFirstResult(first)
              .setMaxResults(PAGE)
              .getResultList();
      if (page.isEmpty()) {
        return;
      }
      Map<Long, Answer> answers =
          answerLookup.byIds(page.stream().map(Observation::getAnswerId).toList());
      action.accept(page.stream().map(o -> facts(o, answers.get(o.getAnswerId()))).toList());
      em.flush();
      em.clear();
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /** {@code a} is the observation's answer, or null. */
  static ObservationFacts facts(Observation o, Answer a) {
    return new ObservationFacts(
        o.getTrackingCode(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        o.getAuthorName(),
        o.isShowName(),
        o.getStakeholderGroup(),
        o.getDepartmentCode(),
        o.getChannel(),
        o.getReceivedAt(),
        o.getText(),
        o.getStatus(),
        o.getTriage(),
        a == null ? null : a.getOutcome(),
        a == null ? null : a.getText(),
        a == null ? null : a.getPublishedAt(),
        o.effectiveDueDate());
  }
}
