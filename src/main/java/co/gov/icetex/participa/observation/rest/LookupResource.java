package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.application.ObservationLookup;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Following an observation: a POST, because the e-mail is the proof of authorship and must not end
 * up in URLs, logs or browser history. A wrong pair and an unknown code answer the same 404; too
 * many of them from one client, 429 with {@code Retry-After}.
 */
@Path("/v1/observations/lookup")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LookupResource {

  @Inject ObservationLookup observations;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response lookup(LookupRequest body) {
    if (body == null) {
      return ApiError.response(Status.BAD_REQUEST, "api.error.malformed");
    }
    var outcome =
        observations.lookup(body.trackingCode(), body.email(), clientAddress.keyOf(request));
    if (outcome.throttled()) {
      long minutes = Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60);
      return ApiError.tooManyRequests(outcome.retryAfter(), "lookup.throttled", minutes);
    }
    return outcome
        .found()
        .map(v -> Response.ok(ObservationJson.Status.of(v)).build())
        .orElseGet(() -> ApiError.response(Status.NOT_FOUND, "lookup.notFound"));
  }
}
