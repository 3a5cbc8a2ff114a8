package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
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
 * <p>With {@code tables="true"} (the consultation page) each run of table rows is one {@code
 * <table>}: the column labels once in its head, a numbered row header ("Actividad 3") per row and
 * the links in a last column. On a phone the stylesheet turns each row into a card and shows the
 * label written in the cell's {@code data-label}; wide screens never show it. Without it (the form,
 * which shows one row alone) a row is a card of label/value pairs.
 *
 * <p>Every part and row carries {@code id="parte-<id>"}: the contents list, the search and the way
 * back from the form land there ({@link ConsultationLinks}).
 *
 * <p>Attributes: {@code parts} (list of parts), {@code commentUrl} (address of the form, to which
 * {@code &parte=<id>} is appended; none when the consultation is not open), {@code headingLevel}
 * (default {@code h3}), {@code observationCounts} (optional map of part id to the number of its
 * observations in the open), {@code observationsUrl} (the list's address, to which {@code
 * &parte=<id>} is appended) and {@code tables} (default false).
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
    boolean tables = Boolean.parseBoolean(String.valueOf(getAttributes().get("tables")));
    Links links =
        new Links(
            commentUrl == null || commentUrl.isBlank() ? null : commentUrl,
            counts == null ? Map.of() : counts,
            observationsUrl);
    List<PartView> all = parts == null ? List.of() : parts;
    ResponseWriter out = context.getResponseWriter();
    out.startElement("ol", this);
    out.writeAttribute("class", "outline", null);
    if (tables) {
      for (OutlineBlocks.Block block : OutlineBlocks.of(all)) {
        if (block instanceof OutlineBlocks.Table table) {
          writeTable(out, table, links);
        } else {
          writeItem(out, ((OutlineBlocks.Text) block).part(), heading, links);
        }
      }
    } else {
      for (PartView part : all) {
        writeItem(out, part, heading, links);
      }
    }
    out.endElement("ol");
  }

  /** Where a part's links go: the form (none when closed) and its observations in the open. */
  private record Links(String commentUrl, Map<Long, Long> counts, String observationsUrl) {}

  private void writeItem(ResponseWriter out, PartView part, String heading, Links links)
      throws IOException {
    out.startElement("li", this);
    out.writeAttribute("class", itemClass(part.depth()), null);
    out.writeAttribute("id", ConsultationLinks.anchor(part.id()), null);
    if (part.tableRow()) {
      writeRow(out, part);
    } else {
      writeText(out, part, heading);
    }
    writeLinks(out, part, "consultation.commentPart", "btn btn--link outline__action", links);
    out.endElement("li");
  }

  private static String itemClass(int depth) {
    return "outline__item outline__item--depth-" + Math.min(depth, MAX_DEPTH_CLASS);
  }

  private void writeLinks(
      ResponseWriter out, PartView part, String commentKey, String commentClass, Links links)
      throws IOException {
    if (links.commentUrl() != null) {
      out.startElement("a", this);
      out.writeAttribute("class", commentClass, null);
      out.writeURIAttribute("href", links.commentUrl() + "&parte=" + part.id(), null);
      out.writeText(Messages.get(commentKey), null);
      out.startElement("span", this);
      out.writeAttribute("class", "sr-only", null);
      out.writeText(": " + part.label(), null);
      out.endElement("span");
      out.endElement("a");
    }
    long observations = links.counts().getOrDefault(part.id(), 0L);
    if (observations > 0 && links.observationsUrl() != null) {
      writeObservationsLink(out, part, observations, links.observationsUrl());
    }
  }

  /** A run of rows as a table; see the class comment for its shape on phones. */
  private void writeTable(ResponseWriter out, OutlineBlocks.Table table, Links links)
      throws IOException {
    out.startElement("li", this);
    out.writeAttribute("class", itemClass(table.depth()) + " outline__item--table", null);
    // Where a plan's columns do not fit beside the contents list, the table slides sideways in
    // its own frame, named by the caption and focusable so the keyboard can slide it (participa.js
    // takes it out of the tab order when it fits).
    String caption = "tabla-" + table.rows().get(0).part().id();
    out.startElement("div", this);
    out.writeAttribute("class", "table-wrap", null);
    out.writeAttribute("tabindex", "0", null);
    out.writeAttribute("role", "region", null);
    out.writeAttribute("aria-labelledby", caption, null);
    out.writeAttribute("data-focus-if-scrolls", "true", null);
    out.startElement("table", this);
    out.writeAttribute("class", "part-table", null);
    // The heading of the part just above already names the table on screen; the caption names it
    // for a screen reader's table list.
    out.startElement("caption", this);
    out.writeAttribute("id", caption, null);
    out.startElement("span", this);
    out.writeAttribute("class", "sr-only", null);
    out.writeText(
        table.parent() == null
            ? Messages.get("PartKind." + table.kind())
            : Messages.get("consultation.table." + table.kind(), table.parent().label()),
        null);
    out.endElement("span");
    out.endElement("caption");
    out.startElement("thead", this);
    out.startElement("tr", this);
    writeColumnHeader(out, Messages.get("consultation.table.number"));
    for (String column : table.columns()) {
      writeColumnHeader(out, column);
    }
    writeColumnHeader(out, Messages.get("consultation.table.actions"));
    out.endElement("tr");
    out.endElement("thead");
    out.startElement("tbody", this);
    for (OutlineBlocks.Row row : table.rows()) {
      writeTableRow(out, table.kind(), row, links);
    }
    out.endElement("tbody");
    out.endElement("table");
    out.endElement("div");
    out.endElement("li");
  }

  private void writeColumnHeader(ResponseWriter out, String label) throws IOException {
    out.startElement("th", this);
    out.writeAttribute("scope", "col", null);
    out.writeText(label, null);
    out.endElement("th");
  }

  private void writeTableRow(ResponseWriter out, PartKind kind, OutlineBlocks.Row row, Links links)
      throws IOException {
    PartView part = row.part();
    out.startElement("tr", this);
    out.writeAttribute("id", ConsultationLinks.anchor(part.id()), null);
    out.startElement("th", this);
    out.writeAttribute("scope", "row", null);
    out.writeAttribute("class", "part-table__number", null);
    out.writeText(Messages.get("consultation.row." + kind, String.valueOf(row.number())), null);
    out.endElement("th");
    for (PartField cell : part.fields()) {
      out.startElement("td", this);
      out.writeAttribute("data-label", cell.label(), null);
      out.writeText(cell.value(), null);
      out.endElement("td");
    }
    out.startElement("td", this);
    out.writeAttribute("class", "part-table__actions", null);
    writeLinks(out, part, "consultation.commentRow", "btn btn--link outline__action", links);
    out.endElement("td");
    out.endElement("tr");
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
