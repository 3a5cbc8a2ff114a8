package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/** Keeps the generated signing key in {@code app_setting}, shared by every instance. */
@ApplicationScoped
public class SigningKeyStore {

  private static final String SETTING = "signing.key";

  @PersistenceContext EntityManager em;

  @Transactional
  public byte[] sharedKey() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    // INSERT IGNORE: when two instances start together, the first key written wins for both.
    em.createNativeQuery("INSERT IGNORE INTO app_setting (name, value) VALUES (?, ?)")
        .setParameter(1, SETTING)
        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
        .executeUpdate();
    Object stored =
        em.createNativeQuery("SELECT value FROM app_setting WHERE name = ?")
            .setParameter(1, SETTING)
            .getSingleResult();
    return Base64.getDecoder().decode(stored.toString());
  }
}
