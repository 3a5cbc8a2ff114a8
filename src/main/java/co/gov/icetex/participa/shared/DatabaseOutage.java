package co.gov.icetex.participa.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a failure caused by the database being unreachable (down, restarting, failing over, the
 * pool unable to open a connection) from any other: the first deserves a 503 with {@code
 * Retry-After}, since trying again shortly will work, not a 500.
 */
public final class DatabaseOutage {

  /** What clients are told to wait before trying again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private DatabaseOutage() {}

  public static boolean isCause(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < 20; t = t.getCause()) {
      if (t instanceof SQLRecoverableException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true; // SQLSTATE class 08: connection exception
      }
      String type = t.getClass().getName();
      if (type.endsWith("PoolingException")
          || type.equals("jakarta.resource.spi.ResourceAllocationException")) {
        return true; // Payara's pool could not hand out a connection
      }
    }
    return false;
  }
}
