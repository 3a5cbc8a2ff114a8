package co.gov.icetex.participa.hearing.rest;

import co.gov.icetex.participa.hearing.application.HearingCatalog;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The accountability hearings, public and free of personal data: participants' e-mails never
 * appear, authors only when they consented, and question texts with e-mails, phones and ID numbers
 * hidden.
 */
@Path("/v1/hearings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class HearingResource {

  @Inject HearingCatalog catalog;
  @Inject Settings settings;

  public record Summary(
      String slug,
      String title,
      int year,
      Instant startsAt,
      Instant endsAt,
      String phase,
      String place,
      String streamUrl) {}

  public record AgendaItem(String time, String title, String speaker) {}

  public record Material(
      long id,
      String title,
      String kind,
      String fileName,
      String mediaType,
      long sizeBytes,
      String url) {}

  public record Question(
      String trackingCode,
      String author,
      String text,
      String outcome,
      String answer,
      Instant answeredAt) {}

  public record Detail(
      String slug,
      String title,
      String summary,
      int year,
      Instant startsAt,
      Instant endsAt,
      String phase,
      String place,
      String streamUrl,
      String questionsConsultation,
      List<AgendaItem> agenda,
      List<Material> materials,
      List<Question> questions,
      Integer memoriaVersion) {}

  public record Listing(List<Summary> items, int total) {}

  @GET
  public Listing list() {
    Instant now = catalog.now();
    List<Summary> items = catalog.published().stream().map(h -> summary(h, now)).toList();
    return new Listing(items, items.size());
  }

  @GET
  @Path("/{slug}")
  public Response one(@PathParam("slug") String slug) {
    return catalog
        .find(slug)
        .map(h -> Response.ok(detail(h)).build())
        .orElse(Response.status(404).build());
  }

  private static Summary summary(Hearing h, Instant now) {
    return new Summary(
        h.getSlug(),
        h.getTitle(),
        h.getYear(),
        h.getStartsAt(),
        h.getEndsAt(),
        h.phaseAt(now).name(),
        h.getPlace(),
        h.getStreamUrl());
  }

  private Detail detail(Hearing h) {
    var memorias = catalog.memorias(h);
    return new Detail(
        h.getSlug(),
        h.getTitle(),
        h.getSummary(),
        h.getYear(),
        h.getStartsAt(),
        h.getEndsAt(),
        h.phaseAt(catalog.now()).name(),
        h.getPlace(),
        h.getStreamUrl(),
        h.getQuestions() == null ? null : h.getQuestions().getSlug(),
        h.getAgenda().stream()
            .map(a -> new AgendaItem(a.getTimeLabel(), a.getTitle(), a.getSpeaker()))
            .toList(),
        h.getMaterials().stream()
            .map(
                m ->
                    new Material(
                        m.getId(),
                        m.getTitle(),
                        m.getKind().name(),
                        m.getFile().getFileName(),
                        m.getFile().getMediaType(),
                        m.getFile().getSizeBytes(),
                        settings.baseUrl() + "/audiencia/material?id=" + m.getId()))
            .toList(),
        catalog.answeredQuestions(h).stream()
            .map(
                q ->
                    new Question(
                        q.trackingCode(),
                        q.author(),
                        q.text(),
                        q.outcome(),
                        q.answerText(),
                        q.publishedAt()))
            .toList(),
        memorias.isEmpty() ? null : memorias.get(0).getNumber());
  }
}
