package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.domain.PartField;
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
 * Renders a document's commentable parts as an ordered outline ({@code <pa:outline>}): text parts
 * as a heading and body, table rows as a list of labelled cells, each with its "comment on this"
 * link when {@code commentUrl} is given.
 *
 * <p>One component instead of nested {@code ui:repeat}s: a published plan has hundreds of cells,
 * and evaluating an expression per cell made this the slowest part of the public pages (measured).
 * Everything is written through {@link ResponseWriter#writeText}, which escapes it.
 *
 * <p>Attributes: {@code parts} (list of parts), {@code commentUrl} (address of the form, to which
 * {@code &parte=<id>} is appended; none when the consultation is not open), {@code headingLevel}
 * (default {@code h3}), {@code observationCounts} (optional map of part id to the number of its
 * observations in the open) and {@code observationsUrl} (the list's address, to which {@code
 * &parte=<id>} is appended).
 */
@FacesComponent(DocumentOutline.COMPONENT_TYPE)
public class DocumentOutline extends UIComponentBase {

  public static final String COMPONENT_TYPE = "participa.DocumentOutline";
  private static final int MAX_DEPTH_CLASS = 2;

  @Override
  public String getFamily() {
    return "participa";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    @SuppressWarnings("unchecked")
    List<PartView> parts = (List<PartView>) getAttributes().get("parts");
    String commentUrl = (String) getAttributes().get("commentUrl");
    String heading = (String) getAttributes().getOrDefault("headingLevel", "h3");
    @SuppressWarnings("unchecked")
    Map<Long, Long> counts =
        (Map<Long, Long>) getAttributes().getOrDefault("observationCounts", Map.of());
    String observationsUrl = (String) getAttributes().get("observationsUrl");
    String commentLabel = Messages.get("consultation.commentPart");
    ResponseWriter out = context.getResponseWriter();
    out.startElement("ol", this);
    out.writeAttribute("class", "outline", null);
    for (PartView part : parts == null ? List.<PartView>of() : parts) {
      out.startElement("li", this);
      out.writeAttribute(
          "class",
          "outline__item outline__item--depth-" + Math.min(part.depth(), MAX_DEPTH_CLASS),
          null);
      out.writeAttribute("id", "parte-" + part.id(), null);
      if (part.tableRow()) {
        writeRow(out, part);
      } else {
        writeText(out, part, heading);
      }
      if (commentUrl != null && !commentUrl.isBlank()) {
        out.startElement("a", this);
        out.writeAttribute("class", "btn btn--link outline__action", null);
        out.writeURIAttribute("href", commentUrl + "&parte=" + part.id(), null);
        out.writeText(commentLabel, null);
        out.startElement("span", this);
        out.writeAttribute("class", "sr-only", null);
        out.writeText(": " + part.label(), null);
        out.endElement("span");
        out.endElement("a");
      }
      long observations = counts == null ? 0 : counts.getOrDefault(part.id(), 0L);
      if (observations > 0 && observationsUrl != null) {
        writeObservationsLink(out, part, observations, observationsUrl);
      }
      out.endElement("li");
    }
    out.endElement("ol");
  }

  private void writeObservationsLink(ResponseWriter out, PartView part, long count, String url)
      throws IOException {
    out.startElement("a", this);
    out.writeAttribute("class", "btn btn--link outline__observations", null);
    out.writeURIAttribute("href", url + "&parte=" + part.id(), null);
    out.writeText(
        count == 1
            ? Messages.get("consultation.observations.one")
            : Messages.get(
                "consultation.observations.many",
                NumberFormat.getIntegerInstance(Messages.LOCALE).format(count)),
        null);
    out.startElement("span", this);
    out.writeAttribute("class", "sr-only", null);
    out.writeText(": " + part.label(), null);
    out.endElement("span");
    out.endElement("a");
  }

  private void writeText(ResponseWriter out, PartView part, String heading) throws IOException {
    out.startElement(heading, this);
    out.writeAttribute("class", "outline__title", null);
    out.writeText(part.label(), null);
    out.endElement(heading);
    if (part.body() != null) {
      out.startElement("p", this);
      out.writeAttribute("class", "outline__body", null);
      out.writeText(part.body(), null);
      out.endElement("p");
    }
  }

  private void writeRow(ResponseWriter out, PartView part) throws IOException {
    out.startElement("div", this);
    out.writeAttribute("class", "part-row", null);
    out.startElement("p", this);
    out.writeAttribute("class", "part-row__kind", null);
    out.writeText(Messages.get("PartKind." + part.kind()), null);
    out.endElement("p");
    out.startElement("dl", this);
    for (PartField cell : part.fields()) {
      out.startElement("div", this);
      out.writeAttribute("class", "part-row__cell", null);
      out.startElement("dt", this);
      out.writeText(cell.label(), null);
      out.endElement("dt");
      out.startElement("dd", this);
      out.writeText(cell.value(), null);
      out.endElement("dd");
      out.endElement("div");
    }
    out.endElement("dl");
    out.endElement("div");
  }
}
