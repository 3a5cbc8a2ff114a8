package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.shared.Messages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * The contents list of a long document ({@code <pa:contents>}): a {@code <nav>} named by its
 * heading, with a nested list of its chapters and sections, each a link to its {@code #parte-<id>}
 * in the outline and, when people commented on it or on anything under it, how many observations in
 * the open it has (the same per-part counts the outline shows: no query of its own).
 *
 * <p>The list sits in a {@code <details>} that the page sends closed: on a phone it is one line
 * above the document instead of several screens of links. participa.js opens it on wide screens,
 * where the stylesheet keeps it beside the text; without JavaScript the summary opens it anywhere.
 *
 * <p>Attributes: {@code parts} (the document's parts in order), {@code observationCounts} (optional
 * map of part id to observations in the open) and {@code headingId} (the id of its heading, default
 * {@code contents-heading}).
 */
@FacesComponent(DocumentContents.COMPONENT_TYPE)
public class DocumentContents extends UIComponentBase {

  public static final String COMPONENT_TYPE = "participa.DocumentContents";

  @Override
  public String getFamily() {
    return "participa";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    @SuppressWarnings("unchecked")
    List<PartView> parts = (List<PartView>) getAttributes().get("parts");
    @SuppressWarnings("unchecked")
    Map<Long, Long> counts = (Map<Long, Long>) getAttributes().get("observationCounts");
    String headingId = (String) getAttributes().getOrDefault("headingId", "contents-heading");
    List<ContentsEntry> entries = ContentsEntry.of(parts == null ? List.of() : parts, counts);
    if (entries.isEmpty()) {
      return;
    }
    ResponseWriter out = context.getResponseWriter();
    out.startElement("nav", this);
    out.writeAttribute("class", "contents", null);
    out.writeAttribute("id", "contenido-documento", null);
    out.writeAttribute("aria-labelledby", headingId, null);
    out.startElement("h2", this);
    out.writeAttribute("class", "contents__heading", null);
    out.writeAttribute("id", headingId, null);
    out.writeText(Messages.get("consultation.contents.heading"), null);
    out.endElement("h2");
    out.startElement("details", this);
    out.writeAttribute("class", "contents__details", null);
    out.writeAttribute("data-open-wide", "true", null);
    out.startElement("summary", this);
    out.writeAttribute("class", "contents__summary", null);
    out.writeText(Messages.get("consultation.contents.toggle"), null);
    out.endElement("summary");
    writeList(out, entries);
    out.endElement("details");
    out.endElement("nav");
  }

  private void writeList(ResponseWriter out, List<ContentsEntry> entries) throws IOException {
    out.startElement("ol", this);
    out.writeAttribute("class", "contents__list", null);
    for (ContentsEntry entry : entries) {
      out.startElement("li", this);
      out.startElement("a", this);
      out.writeAttribute("href", "#" + ConsultationLinks.anchor(entry.part().id()), null);
      out.writeText(entry.part().label(), null);
      if (entry.observations() > 0) {
        // Inside the link, so a screen reader's list of links says it too.
        out.write(" ");
        out.startElement("span", this);
        out.writeAttribute("class", "contents__count", null);
        out.writeText(count(entry.observations()), null);
        out.endElement("span");
      }
      out.endElement("a");
      if (!entry.children().isEmpty()) {
        writeList(out, entry.children());
      }
      out.endElement("li");
    }
    out.endElement("ol");
  }

  private static String count(long n) {
    return n == 1
        ? Messages.get("consultation.contents.observations.one")
        : Messages.get(
            "consultation.contents.observations.many",
            NumberFormat.getIntegerInstance(Messages.LOCALE).format(n));
  }
}
