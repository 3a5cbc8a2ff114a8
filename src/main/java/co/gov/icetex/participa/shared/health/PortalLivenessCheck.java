package co.gov.icetex.participa.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: the portal is deployed and its process answers. Deliberately independent of
 * the database: a database outage makes instances unready, not dead, and restarting every instance
 * because the database is away would only add start-up load when it returns.
 */
@Liveness
@ApplicationScoped
public class PortalLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("portal")
        .up()
        .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .build();
  }
}
