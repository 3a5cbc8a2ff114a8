package co.gov.icetex.participa.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one data source. Its coordinates come from configuration ({@code PARTICIPA_DB_URL},
 * {@code PARTICIPA_DB_USER}, {@code PARTICIPA_DB_PASSWORD}); the MySQL driver ships in the WAR.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=participa.db.url}",
    user = "${MPCONFIG=participa.db.user}",
    password = "${MPCONFIG=participa.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // EclipseLink batches its writes (persistence.xml); without this the driver still sends a
      // batch's statements one round trip at a time.
      "rewriteBatchedStatements=true",
      // The driver parses every statement it prepares (client-side) for its placeholders; the
      // portal prepares the same few hundred statements again and again, so it keeps the parse.
      // Many of EclipseLink's statements are longer than the default limit of 256 characters.
      "cachePrepStmts=true",
      "prepStmtCacheSize=500",
      "prepStmtCacheSqlLimit=4096",
      // No tracing back end is configured: the driver otherwise opens (no-op) OpenTelemetry spans
      // for every statement because Payara ships the OpenTelemetry API.
      "openTelemetry=DISABLED"
    })
@Singleton
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/participa";
}
