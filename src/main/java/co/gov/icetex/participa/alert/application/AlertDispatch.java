package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.alert.domain.AlertSubscription;
import co.gov.icetex.participa.alert.domain.ClosingReminder;
import co.gov.icetex.participa.alert.domain.Occasion;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.finalversion.application.FinalVersionCatalog;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds who is to be told of what, and queues the alerts: a consultation that opened, one that
 * closes within three business days, a report version or final version published. Each method is
 * one transaction and may run on any instance at any time: what was sent is recorded per
 * subscription and occasion ({@link AlertMail}), so repeating a look sends only what is missing.
 */
@ApplicationScoped
public class AlertDispatch {

  private static final String OPEN =
      "SELECT c FROM Consultation c WHERE c.published = TRUE AND c.window.opensAt <= :now AND c.window.closesAt > :now"
          + " ORDER BY c.id";

  @PersistenceContext EntityManager em;
  @Inject FinalVersionCatalog finalVersions;
  @Inject AlertMail mail;
  @Inject AlertLinks links;
  @Inject AppClock clock;
  @Inject BusinessCalendar calendar;

  /** Tells general subscribers of the consultations that opened since they confirmed. */
  @Transactional
  public int openings() {
    Instant now = clock.now();
    List<Consultation> open =
        em.createQuery(OPEN, Consultation.class).setParameter("now", now).getResultList();
    if (open.isEmpty()) {
      return 0;
    }
    List<AlertSubscription> general = general();
    int sent = 0;
    for (Consultation c : open) {
      Instant openedAt = openedAt(c);
      String subject = Messages.get("alerts.mail.opened.subject", c.getTitle());
      String text =
          Messages.get(
              "alerts.mail.opened.body",
              c.getTitle(),
              Messages.get("ConsultationType." + c.getType()),
              c.getSummary(),
              DateFormats.closing(c.getWindow().getClosesAt()),
              links.consultation(c.getSlug()));
      sent +=
          tell(
              general,
              Occasion.opened(c.getId()),
              s -> s.wantsOpening(c.getType(), openedAt),
              subject,
              text);
    }
    return sent;
  }

  /**
   * Reminds general subscribers of the open consultations whose last day is three business days
   * away or less.
   */
  @Transactional
  public int closings() {
    Instant now = clock.now();
    List<Consultation> closing =
        em.createQuery(OPEN, Consultation.class)
            .setParameter("now", now)
            .getResultStream()
            .filter(c -> ClosingReminder.isDue(c.getWindow(), now, calendar))
            .toList();
    if (closing.isEmpty()) {
      return 0;
    }
    List<AlertSubscription> general = general();
    int sent = 0;
    for (Consultation c : closing) {
      String lastDay = DateFormats.date(ClosingReminder.lastDay(c.getWindow()));
      String subject = Messages.get("alerts.mail.closing.subject", c.getTitle(), lastDay);
      String text =
          Messages.get(
              "alerts.mail.closing.body",
              c.getTitle(),
              DateFormats.closing(c.getWindow().getClosesAt()),
              links.consultation(c.getSlug()));
      sent +=
          tell(
              general,
              Occasion.closing(c.getId()),
              s -> s.wantsClosingReminder(c.getType()),
              subject,
              text);
    }
    return sent;
  }

  /** The consultations someone follows, for the periodic look at their documents. */
  @Transactional
  public List<Long> followedConsultations() {
    return em.createQuery(
            "SELECT DISTINCT s.consultation.id FROM AlertSubscription s WHERE s.consultation IS NOT NULL"
                + " AND s.confirmedAt IS NOT NULL",
            Long.class)
        .getResultList();
  }

  /**
   * Tells the followers of a consultation of its report versions and final version published since
   * they confirmed. Called when one is published, and now and then in case that call was lost.
   */
  @Transactional
  public int documents(long consultationId) {
    Consultation c = em.find(Consultation.class, consultationId);
    if (c == null) {
      return 0;
    }
    List<AlertSubscription> followers =
        em.createNamedQuery(AlertSubscription.FIND_CONFIRMED_FOLLOWING, AlertSubscription.class)
            .setParameter("consultation", consultationId)
            .getResultList();
    if (followers.isEmpty()) {
      return 0;
    }
    int sent = 0;
    List<Object[]> reports =
        em.createQuery(
                "SELECT r.versionNumber, r.publishedAt FROM ResponseReport r WHERE r.consultation.id = :c ORDER BY r.versionNumber",
                Object[].class)
            .setParameter("c", consultationId)
            .getResultList();
    for (Object[] report : reports) {
      int version = ((Number) report[0]).intValue();
      Instant publishedAt = (Instant) report[1];
      sent +=
          tell(
              followers,
              Occasion.report(consultationId, version),
              s -> s.wantsDocumentOf(consultationId, publishedAt),
              Messages.get("alerts.mail.report.subject", c.getTitle(), version),
              Messages.get(
                  "alerts.mail.report.body",
                  c.getTitle(),
                  version,
                  DateFormats.dateTime(publishedAt),
                  links.report(c.getSlug(), version)));
    }
    var finalVersionPublishedAt = finalVersions.publishedAt(c.getSlug());
    if (finalVersionPublishedAt.isPresent()) {
      Instant publishedAt = finalVersionPublishedAt.get();
      sent +=
          tell(
              followers,
              Occasion.finalVersion(consultationId),
              s -> s.wantsDocumentOf(consultationId, publishedAt),
              Messages.get("alerts.mail.final.subject", c.getTitle()),
              Messages.get(
                  "alerts.mail.final.body",
                  c.getTitle(),
                  DateFormats.dateTime(publishedAt),
                  links.finalVersion(c.getSlug())));
    }
    return sent;
  }

  private int tell(
      List<AlertSubscription> candidates,
      Occasion occasion,
      Predicate<AlertSubscription> wants,
      String subject,
      String text) {
    Set<Long> told = mail.alreadyTold(occasion);
    int sent = 0;
    for (AlertSubscription s : candidates) {
      if (!told.contains(s.getId()) && wants.test(s) && mail.send(s, occasion, subject, text)) {
        sent++;
      }
    }
    return sent;
  }

  private List<AlertSubscription> general() {
    return em.createNamedQuery(AlertSubscription.FIND_CONFIRMED_GENERAL, AlertSubscription.class)
        .getResultList();
  }

  /**
   * When the public could first comment: the window's start, or its publication if that came later.
   */
  static Instant openedAt(Consultation c) {
    Instant opens = c.getWindow().getOpensAt();
    Instant published = c.getPublishedAt();
    return published != null && published.isAfter(opens) ? published : opens;
  }
}
