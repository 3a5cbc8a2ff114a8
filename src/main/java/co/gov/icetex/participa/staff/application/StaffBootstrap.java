package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from {@code PARTICIPA_ADMIN_EMAIL} and {@code
 * PARTICIPA_ADMIN_PASSWORD} when there is no staff account yet (never with a built-in password),
 * and, in demo mode, one account per role with the demo password: only when the portal's base URL
 * is this machine (or {@code PARTICIPA_DEMO_ACCOUNTS=true}), since that password is published in
 * the README.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class StaffBootstrap {

  private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

  /** The demo password of the demo accounts (README); only ever used when demo content is on. */
  static final String DEMO_PASSWORD = "Participa-Demo-2026";

  static final List<String> DEMO_OFFICES =
      List.of(
          "Oficina Asesora de Planeación",
          "Oficina Comercial y de Mercadeo",
          "Oficina de Riesgos",
          "Oficina de Control Interno",
          "Vicepresidencia Financiera",
          "Oficina Asesora Jurídica");

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "participa.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "participa.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  void bootstrap() {
    boolean firstAdminGiven = adminEmail.isPresent() && adminPassword.isPresent();
    if (!(firstAdminGiven || settings.demoContent()) || !noAccounts() || !claim()) {
      return;
    }
    if (firstAdminGiven) {
      create(
          adminEmail.get(), "Administrador(a)", adminPassword.get(), EnumSet.of(Role.ADMIN), null);
      LOG.info("First administrator created from PARTICIPA_ADMIN_EMAIL");
    }
    if (settings.demoContent()) {
      createDemoOffices();
      if (settings.demoAccountsAllowed()) {
        createDemoAccounts();
      } else {
        LOG.warning(
            "Demo content without demo staff accounts: their password is public and the base URL ("
                + settings.baseUrl()
                + ") is not this machine (set PARTICIPA_DEMO_ACCOUNTS=true to create them anyway)");
      }
    }
  }

  private boolean noAccounts() {
    return em.createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class).getSingleResult() == 0;
  }

  /**
   * Only one of several instances starting together bootstraps: the marker row's key admits one
   * insert; the others wait for its transaction and then insert nothing.
   */
  private boolean claim() {
    return em.createNativeQuery(
                "INSERT IGNORE INTO app_setting (name, value) VALUES ('staff.bootstrapped', ?)")
            .setParameter(1, clock.now().toString())
            .executeUpdate()
        == 1;
  }

  private void createDemoOffices() {
    DEMO_OFFICES.forEach(name -> em.persist(new Office(name)));
    em.flush();
  }

  private void createDemoAccounts() {
    Office planning = office(DEMO_OFFICES.get(0));
    create(
        "admin@participa.test",
        "Adriana Administradora",
        DEMO_PASSWORD,
        EnumSet.of(Role.ADMIN),
        null);
    create(
        "editor@participa.test",
        "Esteban Editor",
        DEMO_PASSWORD,
        EnumSet.of(Role.EDITOR),
        planning);
    create(
        "moderador@participa.test",
        "Mónica Moderadora",
        DEMO_PASSWORD,
        EnumSet.of(Role.MODERATOR),
        planning);
    create(
        "respuestas@participa.test",
        "Ramiro Respuestas",
        DEMO_PASSWORD,
        EnumSet.of(Role.RESPONDER),
        planning);
    create(
        "aprobador@participa.test",
        "Ana Aprobadora",
        DEMO_PASSWORD,
        EnumSet.of(Role.APPROVER),
        planning);
    LOG.info("Demo staff accounts created (one per role; password in README.md)");
  }

  private Office office(String name) {
    return em.createQuery("SELECT o FROM Office o WHERE o.name = :n", Office.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private void create(
      String email, String name, String password, EnumSet<Role> roles, Office office) {
    var account = new StaffAccount(email, name, hasher.hash(password), roles, office, clock.now());
    em.persist(account);
    em.flush();
    audit.record(
        "sistema",
        "ACCOUNT_CREATED",
        "StaffAccount",
        String.valueOf(account.getId()),
        null,
        "{\"email\":\"" + account.getEmail() + "\",\"roles\":\"" + roles + "\"}");
  }
}
