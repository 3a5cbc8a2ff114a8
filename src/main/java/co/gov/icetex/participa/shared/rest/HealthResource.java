package co.gov.icetex.participa.shared.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A bare liveness endpoint for load balancers and the benchmark's baseline: it touches nothing, so
 * its throughput is the server's own ceiling.
 */
@Path("/v1/ping")
@RequestScoped
public class HealthResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "ok";
  }
}
