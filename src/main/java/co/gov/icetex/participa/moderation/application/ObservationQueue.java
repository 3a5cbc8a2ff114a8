package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The observations staff work on, filtered, searched, sorted and paged. A person who only answers
 * (responder) sees only what is assigned to their office: the rule is applied here, on the server.
 */
@ApplicationScoped
@RequiresRole({Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
public class ObservationQueue {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject ObservationFinder finder;
  @Inject AppClock clock;

  public record Page(List<QueueRow> rows, long total, int page) {
    public boolean hasMore() {
      return (long) (page + 1) * PAGE_SIZE < total;
    }
  }

  @Transactional
  public Page search(QueueFilter filter, int page) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    Long office = caller.visibleOfficeId().orElse(filter.officeId());
    add(
        where,
        params,
        "o.consultation.id = :consultation",
        "consultation",
        filter.consultationId());
    add(where, params, "o.part.id = :part", "part", filter.partId());
    add(where, params, "o.status = :status", "status", filter.status());
    add(where, params, "o.office.id = :office", "office", office);
    add(where, params, "COALESCE(o.extendedDueDate, o.dueDate) <= :dueBy", "dueBy", filter.dueBy());
    add(where, params, "o.stakeholderGroup = :grp", "grp", filter.group());
    add(where, params, "o.channel = :channel", "channel", filter.channel());
    if (filter.campaignId() == null && (filter.text() == null || filter.text().isBlank())) {
      // Browsing shows a campaign once (its representative, tagged with the count); a search by
      // text
      // or code finds every observation it matches, members of campaigns too.
      where.add("o.id NOT IN (" + CampaignDirectory.FOLLOWERS_JPQL + ")");
    } else if (filter.campaignId() != null) {
      where.add("o.id IN (" + CampaignDirectory.MEMBERS_JPQL + ")");
      params.put("campaign", filter.campaignId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.add(
          "(LOWER(o.text) LIKE :q ESCAPE '!' OR LOWER(o.trackingCode) LIKE :q ESCAPE '!'"
              + " OR LOWER(o.authorName) LIKE :q ESCAPE '!')");
      params.put("q", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    String order =
        switch (filter.sort() == null ? QueueFilter.Sort.DUE : filter.sort()) {
          case DUE -> " ORDER BY COALESCE(o.extendedDueDate, o.dueDate), o.id";
          case RECEIVED_NEWEST -> " ORDER BY o.receivedAt DESC, o.id DESC";
          case RECEIVED_OLDEST -> " ORDER BY o.receivedAt, o.id";
        };
    var count = em.createQuery("SELECT COUNT(o) FROM Observation o" + condition, Long.class);
    var rows =
        em.createQuery(
            "SELECT o FROM Observation o JOIN FETCH o.consultation LEFT JOIN FETCH o.part LEFT JOIN FETCH o.office"
                + condition
                + order,
            Observation.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    LocalDate today = clock.today();
    int safePage = Math.max(0, page);
    List<QueueRow> found =
        rows.setFirstResult(safePage * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultStream()
            .map(o -> QueueRow.of(o, today))
            .toList();
    return new Page(found, count.getSingleResult(), safePage);
  }

  /** One observation for its staff page; a responder sees only those of their office. */
  @Transactional
  public Optional<Observation> find(String trackingCode) {
    Optional<Observation> found = finder.byCode(trackingCode);
    Optional<Long> visible = caller.visibleOfficeId();
    if (found.isPresent() && visible.isPresent()) {
      Long mine = visible.get();
      Observation o = found.get();
      if (o.getOffice() == null || !o.getOffice().getId().equals(mine)) {
        return Optional.empty();
      }
    }
    found.ifPresent(Observation::loadForReview);
    return found;
  }

  /**
   * Other observations the same answer could serve: same consultation and office, awaiting an
   * answer. Offered when a responder drafts a group answer.
   */
  @Transactional
  public List<QueueRow> similarAwaitingAnswer(Observation o) {
    if (o.getOffice() == null) {
      return List.of();
    }
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT x FROM Observation x JOIN FETCH x.consultation LEFT JOIN FETCH x.part LEFT JOIN FETCH x.office"
                + " WHERE x.consultation.id = :c AND x.office.id = :f AND x.status IN :answerable AND x.id <> :self"
                + " AND x.answer IS NULL ORDER BY x.id",
            Observation.class)
        .setParameter("c", o.getConsultation().getId())
        .setParameter("f", o.getOffice().getId())
        .setParameter("answerable", List.of(ObservationStatus.ASSIGNED, ObservationStatus.RETURNED))
        .setParameter("self", o.getId())
        .setMaxResults(200)
        .getResultStream()
        .map(x -> QueueRow.of(x, today))
        .toList();
  }

  private static void add(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      where.add(clause);
      params.put(name, value);
    }
  }

  /**
   * Typed % and _ are searched for literally ("!" escapes them; JPQL has no portable backslash
   * escape).
   */
  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
