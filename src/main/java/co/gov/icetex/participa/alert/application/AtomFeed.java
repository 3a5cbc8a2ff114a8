package co.gov.icetex.participa.alert.application;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287): what a feed reader needs to tell people of new consultations and
 * documents without an e-mail address. Ids are the permanent public addresses of what the entries
 * name, so a reader never shows the same entry twice.
 */
public record AtomFeed(
    String id,
    String title,
    String selfUrl,
    String alternateUrl,
    Instant updated,
    List<Entry> entries) {

  public static final String MEDIA_TYPE = "application/atom+xml";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** One entry: a consultation that opened, a report version, a final version. */
  public record Entry(String id, String title, String url, Instant updated, String summary) {
    public Entry {
      Objects.requireNonNull(id);
      Objects.requireNonNull(title);
      Objects.requireNonNull(updated);
    }
  }

  public AtomFeed {
    entries = List.copyOf(entries);
  }

  /** The feed as UTF-8 XML; the XML writer escapes every text, whatever a title holds. */
  public byte[] toXml() {
    var out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml:lang", "es-CO");
      text(xml, "id", id);
      text(xml, "title", title);
      text(xml, "updated", timestamp(updated));
      link(xml, "self", selfUrl, MEDIA_TYPE);
      link(xml, "alternate", alternateUrl, "text/html");
      xml.writeStartElement("author");
      text(xml, "name", "ICETEX");
      xml.writeEndElement();
      for (Entry e : entries) {
        xml.writeStartElement("entry");
        text(xml, "id", e.id());
        text(xml, "title", e.title());
        text(xml, "updated", timestamp(e.updated()));
        link(xml, "alternate", e.url(), "text/html");
        if (e.summary() != null && !e.summary().isBlank()) {
          text(xml, "summary", e.summary());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the feed", e);
    }
    return out.toByteArray();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /** RFC 3339 in UTC, to the second (readers need no more). */
  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String utf8(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }
}
