package co.gov.icetex.participa.shared.pdf;

/** The XMP packet PDF/UA asks for: the title, the language and the PDF/UA part. */
final class XmpPacket {
  private XmpPacket() {}

  static String of(TaggedPdf.Info info) {
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        + "   <dc:format>application/pdf</dc:format>\n"
        + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(info.title())
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(info.subject())
        + "</rdf:li></rdf:Alt></dc:description>\n"
        + "   <dc:creator><rdf:Seq><rdf:li>"
        + xml(info.author())
        + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "   <dc:language><rdf:Bag><rdf:li>"
        + xml(info.language())
        + "</rdf:li></rdf:Bag></dc:language>\n"
        + "   <pdf:Keywords>"
        + xml(info.keywords())
        + "</pdf:Keywords>\n"
        + "   <pdf:Producer>Apache PDFBox</pdf:Producer>\n"
        + "   <xmp:CreatorTool>"
        + xml(info.creator())
        + "</xmp:CreatorTool>\n"
        + "   <pdfuaid:part>1</pdfuaid:part>\n"
        + "  </rdf:Description>\n"
        + " </rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String xml(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
