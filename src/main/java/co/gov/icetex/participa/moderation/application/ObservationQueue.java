package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

  private static final String DUE = "COALESCE(o.extendedDueDate, o.dueDate)";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject ObservationFinder finder;
  @Inject AppClock clock;

  /** One page (from 1) of what the filter finds, in the filter's order. */
  @Transactional
  public Paged<QueueRow> search(QueueFilter filter, int page) {
    Where where = where(filter);
    long total = count(where);
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(1, page), last);
    LocalDate today = clock.today();
    List<QueueRow> rows =
        rows(where, filter.sort())
            .setFirstResult((shown - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE)
            .getResultStream()
            .map(o -> QueueRow.of(o, today))
            .toList();
    return new Paged<>(rows, total, shown, PAGE_SIZE);
  }

  /** How many observations the filter finds (the dashboard's task counts). */
  @Transactional
  public long count(QueueFilter filter) {
    return count(where(filter));
  }

  /**
   * The codes of everything the filter finds, in its order, at most {@code limit}: what a bulk
   * action over "all that match" applies to, read again when the action runs.
   */
  @Transactional
  public List<String> matchingCodes(QueueFilter filter, int limit) {
    Where where = where(filter);
    var query =
        em.createQuery(
            "SELECT o.trackingCode FROM Observation o LEFT JOIN o.office ofc"
                + where.condition()
                + order(filter.sort()),
            String.class);
    where.params.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * The observation after {@code currentCode} in the filter's order that waits on the signed-in
   * person ("Siguiente pendiente"). It is found by the current one's place in the order, so it is
   * right even when the current one no longer needs action (it was just handled).
   */
  @Transactional
  public Optional<String> nextNeedingAction(QueueFilter filter, String currentCode) {
    Optional<Observation> current = finder.byCode(currentCode);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Observation c = current.get();
    Where where = where(filter.needingAction());
    switch (filter.sort()) {
      case DUE -> {
        where.add("(" + DUE + " > :kd OR (" + DUE + " = :kd AND o.id > :kid))");
        where.params.put("kd", c.effectiveDueDate());
      }
      case RECEIVED_NEWEST -> {
        where.add("(o.receivedAt < :kr OR (o.receivedAt = :kr AND o.id < :kid))");
        where.params.put("kr", c.getReceivedAt());
      }
      case RECEIVED_OLDEST -> {
        where.add("(o.receivedAt > :kr OR (o.receivedAt = :kr AND o.id > :kid))");
        where.params.put("kr", c.getReceivedAt());
      }
    }
    where.params.put("kid", c.getId());
    var query =
        em.createQuery(
            "SELECT o.trackingCode FROM Observation o LEFT JOIN o.office ofc"
                + where.condition()
                + order(filter.sort()),
            String.class);
    where.params.forEach(query::setParameter);
    return query.setMaxResults(1).getResultStream().findFirst();
  }

  /** What waits on the signed-in person, as {@link NeedsAction} defines it. */
  public NeedsAction needsAction() {
    return NeedsAction.of(caller::inRole);
  }

  private Where where(QueueFilter filter) {
    Where w = new Where();
    Long office = caller.visibleOfficeId().orElse(filter.officeId());
    w.add("o.consultation.id = :consultation", "consultation", filter.consultationId());
    w.add("o.part.id = :part", "part", filter.partId());
    if (!filter.statuses().isEmpty()) {
      w.add("o.status IN :statuses", "statuses", List.copyOf(filter.statuses()));
    }
    w.add("ofc.id = :office", "office", office);
    w.add(DUE + " <= :dueBy", "dueBy", filter.dueBy());
    w.add("o.stakeholderGroup = :grp", "grp", filter.group());
    w.add("o.channel = :channel", "channel", filter.channel());
    if (filter.needsAction()) {
      needsAction(w);
    }
    boolean searching = filter.text() != null && !filter.text().isBlank();
    if (filter.campaignId() == null && !searching) {
      // Browsing shows a campaign once (its representative, tagged with the count); a search by
      // text or code finds every observation it matches, members of campaigns too.
      w.add("o.id NOT IN (" + CampaignDirectory.FOLLOWERS_JPQL + ")");
    } else if (filter.campaignId() != null) {
      w.add("o.id IN (" + CampaignDirectory.MEMBERS_JPQL + ")", "campaign", filter.campaignId());
    }
    if (searching) {
      w.add(
          "(LOWER(o.text) LIKE :q ESCAPE '!' OR LOWER(o.trackingCode) LIKE :q ESCAPE '!'"
              + " OR LOWER(o.authorName) LIKE :q ESCAPE '!')",
          "q",
          "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    return w;
  }

  /** The caller's {@link NeedsAction} as one condition; none at all for a role without tasks. */
  private void needsAction(Where w) {
    NeedsAction rule = needsAction();
    if (rule.isEmpty()) {
      w.add("1 = 0");
      return;
    }
    List<String> any = new ArrayList<>();
    for (int i = 0; i < rule.clauses().size(); i++) {
      NeedsAction.Clause clause = rule.clauses().get(i);
      String condition = "o.status IN :na" + i;
      w.params.put("na" + i, List.copyOf(clause.statuses()));
      if (clause.ownOfficeOnly()) {
        condition += " AND ofc.id = :naOffice";
        w.params.put("naOffice", caller.office().map(Office::getId).orElse(-1L));
      }
      any.add("(" + condition + ")");
    }
    w.add("(" + String.join(" OR ", any) + ")");
  }

  private long count(Where where) {
    var query =
        em.createQuery(
            "SELECT COUNT(o) FROM Observation o LEFT JOIN o.office ofc" + where.condition(),
            Long.class);
    where.params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private TypedQuery<Observation> rows(Where where, QueueFilter.Sort sort) {
    var query =
        em.createQuery(
            "SELECT o FROM Observation o LEFT JOIN o.office ofc JOIN FETCH o.consultation"
                + " LEFT JOIN FETCH o.part LEFT JOIN FETCH o.office"
                + where.condition()
                + order(sort),
            Observation.class);
    where.params.forEach(query::setParameter);
    return query;
  }

  private static String order(QueueFilter.Sort sort) {
    return switch (sort) {
      case DUE -> " ORDER BY " + DUE + ", o.id";
      case RECEIVED_NEWEST -> " ORDER BY o.receivedAt DESC, o.id DESC";
      case RECEIVED_OLDEST -> " ORDER BY o.receivedAt, o.id";
    };
  }

  /** One observation for its staff page; a responder sees only those of their office. */
  @Transactional
  public Optional<Observation> find(String trackingCode) {
    Optional<Observation> found = finder.byCode(trackingCode);
    if (found.isPresent() && !visible(found.get())) {
      return Optional.empty();
    }
    found.ifPresent(Observation::loadForReview);
    return found;
  }

  /** Why an observation's staff page shows nothing of it to the caller. */
  public enum Hidden {
    /** There is no such observation: the page answers 404. */
    MISSING,
    /** A responder's page for an observation no office has yet. */
    UNASSIGNED,
    /** A responder's page for another office's observation. */
    OTHER_OFFICE
  }

  /**
   * Why {@link #find} gives nothing for this code: a responder is told the observation is not (yet)
   * their office's (403) instead of being given a "not found", and sees nothing of it.
   */
  @Transactional
  public Hidden whyHidden(String trackingCode) {
    return finder
        .byCode(trackingCode)
        .filter(o -> !visible(o))
        .map(o -> o.getOffice() == null ? Hidden.UNASSIGNED : Hidden.OTHER_OFFICE)
        .orElse(Hidden.MISSING);
  }

  private boolean visible(Observation o) {
    Optional<Long> mine = caller.visibleOfficeId();
    return mine.isEmpty() || (o.getOffice() != null && o.getOffice().getId().equals(mine.get()));
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
                + " AND x.answerId IS NULL ORDER BY x.id",
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

  /** The WHERE clauses of a query being built and their parameters. */
  private static final class Where {
    final List<String> clauses = new ArrayList<>();
    final Map<String, Object> params = new LinkedHashMap<>();

    void add(String clause) {
      clauses.add(clause);
    }

    void add(String clause, String name, Object value) {
      if (value != null) {
        clauses.add(clause);
        params.put(name, value);
      }
    }

    String condition() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
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
