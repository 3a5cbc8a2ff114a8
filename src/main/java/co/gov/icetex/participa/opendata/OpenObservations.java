package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.application.AnswerLookup;
import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.campaign.application.CampaignDirectory;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.paging.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Observations in the open: a consultation's observations accepted as publishable, shown as they
 * come (newest first, by part or for the whole document) instead of only in the report, so citizens
 * can read and build on what others said. Only published consultations whose staff have not
 * switched this off ({@code Consultation.showsObservations}); spam, offensive, duplicate,
 * out-of-scope and petitions never appear, nor observations not yet triaged. Everything leaves as
 * {@link OpenObservation}.
 */
@ApplicationScoped
@Transactional
public class OpenObservations {

  /**
   * Which observations of one consultation: all of them, one part's, or those on the whole
   * document.
   */
  public sealed interface Scope {
    record All() implements Scope {}

    record Part(long partId) implements Scope {}

    record WholeDocument() implements Scope {}

    /** The word for the whole document in addresses: {@code parte=documento}. */
    String WHOLE_DOCUMENT = "documento";

    /**
     * From an address's {@code parte}: none for all, {@value #WHOLE_DOCUMENT} for the whole
     * document, a part id; empty when it is none of those.
     */
    static Optional<Scope> parse(String value) {
      if (value == null || value.isBlank()) {
        return Optional.of(new All());
      }
      String v = value.strip();
      if (v.equals(WHOLE_DOCUMENT)) {
        return Optional.of(new WholeDocument());
      }
      return v.matches("\\d{1,18}") ? Optional.of(new Part(Long.parseLong(v))) : Optional.empty();
    }
  }

  /** How many there are, per part id, on the whole document, and in all. */
  public record Counts(Map<Long, Long> byPart, long wholeDocument, long total) {

    public static final Counts NONE = new Counts(Map.of(), 0, 0);

    public long of(long partId) {
      return byPart.getOrDefault(partId, 0L);
    }
  }

  /**
   * A form-letter campaign shows once, as its representative (the members other than it are left
   * out, as in the staff queue and the published answers): the entries and the counts count a
   * campaign as one.
   */
  private static final String VISIBLE =
      " WHERE c.slug = :slug AND c.published = TRUE AND c.observationsHidden = FALSE AND o.triage = :publishable"
          + " AND o.id NOT IN ("
          + CampaignDirectory.FOLLOWERS_JPQL
          + ")";

  @PersistenceContext EntityManager em;
  @Inject CampaignDirectory campaigns;
  @Inject AnswerLookup answerLookup;

  public Paged<OpenObservation> page(String consultationSlug, Scope scope, int page, int size) {
    String from =
        " FROM Observation o JOIN o.consultation c LEFT JOIN o.part p" + VISIBLE + where(scope);
    long total =
        bind(em.createQuery("SELECT COUNT(o)" + from, Long.class), consultationSlug, scope)
            .getSingleResult();
    if (total == 0) {
      return new Paged<>(List.of(), 0, page, size);
    }
    // The page's ids first, then those observations with what they show: paging a fetch join would
    // page its rows, and a condition on a fetched association would narrow what is fetched.
    List<Long> ids =
        bind(
                em.createQuery(
                    "SELECT o.id" + from + " ORDER BY o.receivedAt DESC, o.id DESC", Long.class),
                consultationSlug,
                scope)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size)
            .getResultList();
    Map<Long, Observation> loaded = new HashMap<>();
    em.createQuery(
            "SELECT o FROM Observation o JOIN FETCH o.consultation LEFT JOIN FETCH o.part"
                + " WHERE o.id IN :ids",
            Observation.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(o -> loaded.put(o.getId(), o));
    Map<Long, Answer> answers =
        answerLookup.byIds(loaded.values().stream().map(Observation::getAnswerId).toList());
    var members =
        campaigns.membersRepresentedBy(
            loaded.values().stream().map(Observation::getTrackingCode).toList());
    List<OpenObservation> items =
        ids.stream()
            .map(loaded::get)
            .map(
                o ->
                    OpenObservation.of(
                        o, o.getAnswerId() == null ? null : answers.get(o.getAnswerId())))
            .map(
                o ->
                    members.containsKey(o.trackingCode())
                        ? o.representing(members.get(o.trackingCode()))
                        : o)
            .toList();
    return new Paged<>(items, total, page, size);
  }

  /** One grouped count per consultation, for the outline; a campaign counts once. */
  public Counts counts(String consultationSlug) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.id, COUNT(o) FROM Observation o JOIN o.consultation c LEFT JOIN o.part p"
                    + VISIBLE
                    + " GROUP BY p.id",
                Object[].class)
            .setParameter("slug", consultationSlug)
            .setParameter("publishable", Triage.PUBLISHABLE)
            .getResultList();
    Map<Long, Long> byPart = new HashMap<>();
    long whole = 0;
    long total = 0;
    for (Object[] row : rows) {
      long n = ((Number) row[1]).longValue();
      total += n;
      if (row[0] == null) {
        whole = n;
      } else {
        byPart.put(((Number) row[0]).longValue(), n);
      }
    }
    return new Counts(Map.copyOf(byPart), whole, total);
  }

  private static String where(Scope scope) {
    if (scope instanceof Scope.Part) {
      return " AND p.id = :partId";
    }
    return scope instanceof Scope.WholeDocument ? " AND p.id IS NULL" : "";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, String slug, Scope scope) {
    q.setParameter("slug", slug).setParameter("publishable", Triage.PUBLISHABLE);
    if (scope instanceof Scope.Part part) {
      q.setParameter("partId", part.partId());
    }
    return q;
  }
}
