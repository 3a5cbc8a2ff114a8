package co.gov.icetex.participa.alert.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private static Document parse(byte[] xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void anAtomFeedWithEscapedTextsAndRfc3339Times() throws Exception {
    var feed =
        new AtomFeed(
            "https://p.example/feeds/consultas.atom",
            "Consultas <abiertas> & más",
            "https://p.example/feeds/consultas.atom",
            "https://p.example/",
            Instant.parse("2026-03-02T15:00:00.123456Z"),
            List.of(
                new AtomFeed.Entry(
                    "https://p.example/consulta?c=a&b",
                    "Plan «2026» & <metas>",
                    "https://p.example/consulta?c=a&b",
                    Instant.parse("2026-03-01T10:00:00Z"),
                    "Resumen"),
                new AtomFeed.Entry(
                    "https://p.example/consulta?c=z",
                    "Otra",
                    "https://p.example/consulta?c=z",
                    Instant.parse("2026-02-01T10:00:00Z"),
                    null)));
    Document doc = parse(feed.toXml());
    Element root = doc.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals(
        "Consultas <abiertas> & más",
        root.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    assertEquals(
        "2026-03-02T15:00:00Z",
        root.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
    var entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(2, entries.getLength());
    Element first = (Element) entries.item(0);
    assertEquals(
        "Plan «2026» & <metas>",
        first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    assertEquals(
        "https://p.example/consulta?c=a&b",
        ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
    assertEquals(
        0,
        ((Element) entries.item(1)).getElementsByTagNameNS(ATOM, "summary").getLength(),
        "no empty summary");
    Element self = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals(
        Map.of("rel", "self", "type", AtomFeed.MEDIA_TYPE),
        Map.of("rel", self.getAttribute("rel"), "type", self.getAttribute("type")));
  }

  @Test
  void everyAlertCarriesTheOneClickUnsubscribeHeaders() {
    var headers = AlertMail.unsubscribeHeaders("https://p.example/avisos/baja?s=12.abc");
    assertEquals("<https://p.example/avisos/baja?s=12.abc>", headers.get("List-Unsubscribe"));
    assertEquals("List-Unsubscribe=One-Click", headers.get("List-Unsubscribe-Post"));
  }
}
