package co.gov.icetex.participa.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: up once the migrations have run and while the database answers. A balancer
 * should send traffic by this, not by the port being open: Payara Micro listens (and answers its
 * own 404 pages) for several seconds before the portal is deployed, and until then Payara reports
 * this endpoint down ("No Application deployed").
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject InstanceReadiness readiness;

  @Override
  public HealthCheckResponse call() {
    var verdict = readiness.checkNow();
    return HealthCheckResponse.named("database")
        .status(verdict.ready())
        .withData("detail", verdict.detail())
        .withData(
            "schemaVersion", verdict.schemaVersion() == null ? "none" : verdict.schemaVersion())
        .build();
  }
}
