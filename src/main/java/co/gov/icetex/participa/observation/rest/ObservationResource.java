package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.observation.application.SubmissionContext;
import co.gov.icetex.participa.observation.application.SubmissionReceipt;
import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sending observations through the API: as JSON, or as multipart form data when a file is attached.
 * An {@code Idempotency-Key} header makes retries safe: a repeat answers with the first
 * observation.
 */
@Path("/v1/consultations/{slug}/observations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ObservationResource {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  @Inject ObservationService observations;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @PathParam("slug") String slug,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      ObservationRequest body) {
    return submit(slug, idempotencyKey, body, null);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response submitWithFile(
      @PathParam("slug") String slug,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      List<EntityPart> parts)
      throws IOException {
    MultipartObservation form = MultipartObservation.read(parts);
    return submit(slug, idempotencyKey, form.request(), form.attachment());
  }

  private Response submit(
      String slug, String idempotencyKey, ObservationRequest body, AttachmentUpload attachment) {
    if (body == null) {
      return ApiError.response(Status.BAD_REQUEST, "api.error.malformed");
    }
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      return ApiError.response(Status.BAD_REQUEST, "api.error.idempotencyKey");
    }
    var context =
        new SubmissionContext(
            Channel.API,
            Optional.ofNullable(idempotencyKey).map(k -> "api:" + k).orElse(null),
            clientAddress.keyOf(request),
            attachment,
            body.website());
    // A Refusal (422 bad fields, 404, 409 not open, 429 over the hourly limit, 400 honeypot) is
    // answered
    // by ApiExceptionMapper with the sentences the form shows.
    SubmissionReceipt receipt = observations.submit(slug, body.toSubmission(), context);
    return Response.status(receipt.repeated() ? Status.OK : Status.CREATED)
        .entity(ObservationJson.Receipt.of(receipt))
        .build();
  }
}
