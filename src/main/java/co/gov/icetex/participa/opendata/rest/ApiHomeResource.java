package co.gov.icetex.participa.opendata.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api} itself belongs to the REST application (mapped to /api/*), so the page that
 * documents the API lives at /documentacion-api; a person who types /api is sent there.
 */
@Path("/")
@RequestScoped
public class ApiHomeResource {

  @Context HttpServletRequest request;

  @GET
  @Operation(hidden = true)
  public Response home() {
    return Response.seeOther(URI.create(request.getContextPath() + "/documentacion-api")).build();
  }
}
