package co.gov.icetex.participa.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which observations' authors asked for their personal data to be suppressed. Frozen documents (the
 * published report versions and hearing memorias) keep the name an author had consented to show;
 * every rendering of them asks here and shows "Ciudadano/a" instead once the consent is withdrawn.
 */
@ApplicationScoped
public class SuppressedAuthors {

  /** Keeps each IN list well within what the database accepts. */
  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;

  /**
   * The tracking codes, among {@code codes}, of observations whose author's data was suppressed.
   */
  public Set<String> among(Collection<String> codes) {
    Set<String> suppressed = new HashSet<>();
    var all = codes.stream().distinct().toList();
    for (int from = 0; from < all.size(); from += CHUNK) {
      suppressed.addAll(
          em.createQuery(
                  "SELECT o.trackingCode FROM Observation o"
                      + " WHERE o.trackingCode IN :codes AND o.personalDataSuppressedAt IS NOT NULL",
                  String.class)
              .setParameter("codes", all.subList(from, Math.min(all.size(), from + CHUNK)))
              .getResultList());
    }
    return suppressed;
  }
}
