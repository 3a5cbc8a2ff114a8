package co.gov.icetex.participa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * JDBC access, from the test JVM, to the database the application under test uses (started by
 * {@link EmbeddedServicesSession}; user root, empty password). For integration tests that count
 * rows or insert fixtures:
 *
 * <pre>{@code
 * try (Connection c = TestDatabase.connect()) { ... }
 * long n = TestDatabase.count("SELECT COUNT(*) FROM outbox WHERE recipient = ?", "ana@example.org");
 * TestDatabase.update("DELETE FROM outbox");
 * }</pre>
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** The JDBC URL of database {@code participa}; only set in integration tests (failsafe). */
  public static String url() {
    String url = System.getProperty(EmbeddedServicesSession.DB_URL);
    if (url == null) {
      throw new IllegalStateException(
          "No test database: "
              + EmbeddedServicesSession.DB_URL
              + " is not set. Integration tests run with failsafe (mvn verify), which sets participa.it=true.");
    }
    return url;
  }

  /** A new connection (auto-commit); close it. */
  public static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "root");
    properties.setProperty("password", "");
    properties.setProperty(
        "openTelemetry", "DISABLED"); // Selenium puts OpenTelemetry on the class path
    return DriverManager.getConnection(url(), properties);
  }

  /**
   * The first column of the first row of a query returning a number, e.g. {@code SELECT COUNT(*)
   * ...}.
   */
  public static long count(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, parameters);
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("No row returned by: " + sql);
      }
      return rs.getLong(1);
    }
  }

  /** Number of rows of a table. */
  public static long countRows(String table) throws SQLException {
    if (!table.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Bad table name: " + table);
    }
    return count("SELECT COUNT(*) FROM `" + table + "`");
  }

  /** INSERT/UPDATE/DELETE or DDL; returns the update count. */
  /** The first column of the first row, as text; empty when there is no row. */
  public static java.util.Optional<String> text(String sql, Object... parameters)
      throws SQLException {
    try (Connection c = connect();
        var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        return rows.next()
            ? java.util.Optional.ofNullable(rows.getString(1))
            : java.util.Optional.empty();
      }
    }
  }

  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }
}
