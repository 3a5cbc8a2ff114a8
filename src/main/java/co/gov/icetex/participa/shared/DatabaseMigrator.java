package co.gov.icetex.participa.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the versioned migrations of {@code sql/} (packaged as {@code db/migration}) before
 * anything else touches the database. Flyway takes a database lock, so several instances starting
 * together apply each migration once. Readiness ({@code shared.health.Readiness}) reports the
 * instance ready only once this is done.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    // Flyway leaves the target empty when there was nothing to apply.
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion != null ? result.initialSchemaVersion : "0";
    LOG.info(
        () ->
            "Database at schema version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The schema version the migrations reached, or null while they have not finished. */
  @Lock(
      LockType
          .READ) // read on every readiness check: must not queue behind the singleton's write lock
  public String schemaVersion() {
    return schemaVersion;
  }
}
