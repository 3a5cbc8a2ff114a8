package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.shared.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Following an observation: a POST, because the e-mail is the proof of authorship and must not end up
 * in URLs, logs or browser history. A wrong pair and an unknown code answer the same 404.
 */
@Path("/v1/observations/lookup")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class LookupResource {

  @Inject ObservationService observations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response lookup(LookupRequest body) {
    if (body == null) {
      return ApiError.response(Status.BAD_REQUEST, "api.error.malformed");
    }
    return observations
        .lookup(body.trackingCode(), body.email())
        .map(v -> Response.ok(ObservationJson.Status.of(v)).build())
        .orElseGet(() -> ApiError.response(Status.NOT_FOUND, "lookup.notFound"));
  }
}
