package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as PDF (OpenPDF), written to the stream page by page as the entries are read: the ICETEX
 * header and "Página N de M" on every page, a table of contents on the first page whose page numbers
 * and links are filled in as the headings are laid out, PDF bookmarks for the same headings, an embedded
 * Unicode font (Liberation Sans, shipped inside OpenPDF) so Spanish text is exact and extractable, the
 * document language (es-CO) and its title in the metadata, shown by viewers instead of the file name.
 *
 * <p>Not done, because OpenPDF cannot do it through its layout API: a tagged structure tree (PDF/UA).
 * Marking the file as tagged without a real structure would mislead assistive technology, so it is not
 * marked; the HTML page is the accessible rendering of the same report.
 */
@ApplicationScoped
public class ReportPdf {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color ICETEX_BLUE = new Color(0x00, 0x3F, 0x8A);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);

  @Inject ReportReader reader;
  @Inject ReportFigures figures;

  public void write(ReportSummary report, OutputStream out) throws IOException {
    BaseFont base;
    try {
      base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (DocumentException e) {
      throw new IOException("The PDF font is missing: " + FONT, e);
    }
    var fonts = new Fonts(base);
    var document = new Document(PageSize.A4, 50, 50, 80, 60);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
    String title = Messages.get("report.pdf.title", report.title());
    document.addTitle(title);
    document.addSubject(Messages.get("report.pdf.subject", report.version(), DateFormats.date(report.publishedAt())));
    document.addAuthor(Messages.get("report.pdf.author"));
    document.addCreator(Messages.get("layout.siteName"));
    document.addKeywords(Messages.get("report.pdf.keywords"));
    // Document.setDocumentLanguage does not reach the catalog; screen readers read /Lang from there.
    writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("es-CO"));
    writer.createXmpMetadata();

    List<Heading> headings = new ArrayList<>();
    headings.add(new Heading("consulta", Messages.get("report.section.consultation")));
    headings.add(new Heading("totales", Messages.get("report.section.totals")));
    headings.add(new Heading("observaciones", Messages.get("report.section.entries")));
    var events = new Events(base, Messages.get("report.pdf.header"), report.title(), headings);
    writer.setPageEvent(events);
    document.open();
    try {
      document.add(new Paragraph(title, fonts.title));
      document.add(new Paragraph(Messages.get("report.pdf.subject", report.version(), DateFormats.dateTime(report.publishedAt())), fonts.small));
      if (report.isSuperseded()) {
        document.add(new Paragraph(Messages.get("report.superseded", report.versions().get(0).version()), fonts.bold));
      }
      contents(document, fonts, events);

      heading(document, fonts, headings.get(0));
      PdfPTable facts = new PdfPTable(new float[] {1, 2.6f});
      facts.setWidthPercentage(100);
      facts.setHeaderRows(0);
      for (ReportFigures.Fact f : figures.facts(report)) {
        facts.addCell(cell(f.label(), fonts.bold));
        facts.addCell(cell(f.value(), fonts.body));
      }
      document.add(facts);

      heading(document, fonts, headings.get(1));
      for (ReportFigures.CountTable t : figures.tables(report)) {
        document.add(new Paragraph(t.caption(), fonts.subheading));
        PdfPTable table = new PdfPTable(new float[] {3, 1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        table.addCell(cell(t.dimension(), fonts.bold));
        table.addCell(cell(Messages.get("report.table.count"), fonts.bold));
        table.addCell(cell(Messages.get("report.table.share"), fonts.bold));
        for (ReportFigures.CountRow row : t.rows()) {
          table.addCell(cell(row.label(), fonts.body));
          table.addCell(cell(Integer.toString(row.count()), fonts.body));
          table.addCell(cell(row.share(), fonts.body));
        }
        document.add(table);
      }

      heading(document, fonts, headings.get(2));
      if (report.observations() == 0) {
        document.add(new Paragraph(Messages.get("report.noEntries"), fonts.body));
      }
      var layout = new EntryLayout(fonts);
      reader.forEachEntry(report.id(), e -> document.add(layout.entry(e)));
    } finally {
      document.close();
    }
  }

  private static void contents(Document document, Fonts fonts, Events events) {
    document.add(new Paragraph(Messages.get("report.pdf.contents"), fonts.heading));
    for (Heading h : events.headings) {
      var line = new Paragraph();
      line.setFont(fonts.body);
      line.add(new Chunk(h.title(), fonts.body).setLocalGoto(h.id()));
      line.add(new Chunk(new DottedLineSeparator()));
      // The page number is a placeholder drawn when the heading reaches its page.
      line.add(new Chunk(com.lowagie.text.Image.getInstance(events.pageOf(h.id())), 0, -2).setLocalGoto(h.id()));
      document.add(line);
    }
  }

  private static void heading(Document document, Fonts fonts, Heading h) {
    var chunk = new Chunk(h.title(), fonts.heading);
    chunk.setLocalDestination(h.id());
    chunk.setGenericTag(h.id());
    var p = new Paragraph(chunk);
    p.setSpacingBefore(14);
    p.setSpacingAfter(6);
    document.add(p);
  }

  /** How one entry is laid out; the patterns are parsed once per document, not once per entry. */
  private static final class EntryLayout {
    final MessageFormat meta = new MessageFormat(Messages.get("report.pdf.entryMeta"), Messages.LOCALE);
    final MessageFormat answeredOn = new MessageFormat(Messages.get("report.pdf.answeredOn"), Messages.LOCALE);
    final String textLabel = Messages.get("report.entry.text");
    final String resultLabel = Messages.get("report.entry.result");
    final String answerLabel = Messages.get("report.entry.answer");
    final Fonts fonts;

    EntryLayout(Fonts fonts) {
      this.fonts = fonts;
    }

    Element entry(EntryRow e) {
      var block = new Paragraph();
      block.setSpacingBefore(8);
      block.add(new Paragraph(e.trackingCode() + " · " + e.part(), fonts.bold));
      block.add(new Paragraph(meta.format(new Object[] {e.author(), e.groupLabel(), e.departmentName(),
          e.channelLabel(), DateFormats.date(e.receivedAt())}), fonts.small));
      block.add(labelled(textLabel, e.shownText(), fonts));
      String result = e.result();
      if (e.answered()) {
        result += " · " + answeredOn.format(new Object[] {DateFormats.date(e.answeredAt()), e.timeliness()});
      }
      block.add(labelled(resultLabel, result, fonts));
      if (e.answerText() != null) {
        block.add(labelled(answerLabel, e.answerText(), fonts));
      }
      return block;
    }
  }

  private static Paragraph labelled(String label, String text, Fonts fonts) {
    var p = new Paragraph();
    p.add(new Chunk(label + ": ", fonts.bold));
    p.add(new Chunk(text, fonts.body));
    return p;
  }

  private static PdfPCell cell(String text, Font font) {
    var c = new PdfPCell(new Phrase(text, font));
    c.setPadding(4);
    c.setBorderColor(Color.LIGHT_GRAY);
    return c;
  }

  private record Heading(String id, String title) {}

  private static final class Fonts {
    final Font title;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bold;
    final Font small;

    Fonts(BaseFont base) {
      title = new Font(base, 18, Font.BOLD, ICETEX_BLUE);
      heading = new Font(base, 14, Font.BOLD, ICETEX_BLUE);
      subheading = new Font(base, 11, Font.BOLD);
      body = new Font(base, 9.5f);
      bold = new Font(base, 9.5f, Font.BOLD);
      small = new Font(base, 8.5f, Font.NORMAL, GREY);
    }
  }

  /** Header and "Página N de M" on every page; the contents' page numbers and the bookmarks. */
  private static final class Events extends PdfPageEventHelper {
    private final BaseFont font;
    private final String header;
    private final String subtitle;
    private final List<Heading> headings;
    private final Map<String, PdfTemplate> pageNumbers = new LinkedHashMap<>();
    private final java.util.Set<String> drawn = new java.util.HashSet<>();
    private PdfTemplate totalPages;

    Events(BaseFont font, String header, String subtitle, List<Heading> headings) {
      this.font = font;
      this.header = header;
      this.subtitle = subtitle;
      this.headings = headings;
    }

    PdfTemplate pageOf(String id) {
      return pageNumbers.get(id);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      totalPages = writer.getDirectContent().createTemplate(40, 12);
      for (Heading h : headings) {
        pageNumbers.put(h.id(), writer.getDirectContent().createTemplate(24, 10));
      }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      float left = document.left();
      float right = document.right();
      float top = page.getTop() - 36;
      cb.saveState();
      cb.setColorFill(ICETEX_BLUE);
      cb.beginText();
      cb.setFontAndSize(font, 10);
      cb.setTextMatrix(left, top);
      cb.showText(header);
      cb.endText();
      cb.setColorFill(GREY);
      cb.beginText();
      cb.setFontAndSize(font, 8);
      cb.setTextMatrix(left, top - 12);
      cb.showText(shorten(subtitle, 110));
      cb.endText();
      cb.setColorStroke(ICETEX_BLUE);
      cb.setLineWidth(0.8f);
      cb.moveTo(left, top - 18);
      cb.lineTo(right, top - 18);
      cb.stroke();

      String text = Messages.get("report.pdf.page", writer.getPageNumber()) + " ";
      float width = font.getWidthPoint(text, 8);
      float x = right - width - 30;
      cb.setColorFill(GREY);
      cb.beginText();
      cb.setFontAndSize(font, 8);
      cb.setTextMatrix(x, 30);
      cb.showText(text);
      cb.endText();
      cb.addTemplate(totalPages, x + width, 30);
      cb.restoreState();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String id) {
      PdfTemplate number = pageNumbers.get(id);
      if (number == null || !drawn.add(id)) {
        return; // a heading split over two lines is reported twice
      }
      number.beginText();
      number.setFontAndSize(font, 9.5f);
      number.setTextMatrix(0, 2);
      number.showText(Integer.toString(writer.getPageNumber()));
      number.endText();
      headings.stream()
          .filter(h -> h.id().equals(id))
          .findFirst()
          .ifPresent(h -> new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(id, false), h.title()));
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      totalPages.beginText();
      totalPages.setFontAndSize(font, 8);
      totalPages.setTextMatrix(0, 0);
      totalPages.showText(Messages.get("report.pdf.of", writer.getPageNumber() - 1));
      totalPages.endText();
    }

    private static String shorten(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
  }
}
