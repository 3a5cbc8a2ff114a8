package co.gov.icetex.participa.shared.pdf;

import static co.gov.icetex.participa.shared.pdf.StructureTree.element;
import static co.gov.icetex.participa.shared.pdf.StructureTree.mark;
import static co.gov.icetex.participa.shared.pdf.StructureTree.scope;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged, accessible PDF (PDF/UA-1) laid out in reading order: headings, paragraphs of plain and
 * bold runs, tables with header cells, a table of contents whose page numbers and links are filled
 * in as the headings are laid out, bookmarks for the same headings, a header and "Página N de M" on
 * every page (marked as pagination artifacts), one embedded Unicode font (Liberation Sans, shipped
 * inside PDFBox, with bold drawn as fill and stroke as OpenPDF did), the document's language and
 * title, and the PDF/UA identification in its XMP metadata. Every piece of text is a marked-content
 * sequence owned by an element of the structure tree (Document, H1-H3, P, Sect, TOC/TOCI/Link,
 * Table/THead/TBody/TR/TH/TD, Caption); everything else (rules, borders, leaders, repeated table
 * headers) is an artifact.
 *
 * <p>Why PDFBox by hand and not HTML through openhtmltopdf's PDF/UA mode, measured on this 2-core
 * machine with 10,000 synthetic report entries: openhtmltopdf 1.1.65 took 112 s and 2.8 GB of
 * memory (1,000 entries: 24 s tagged, 10 s untagged), because it lays out the whole document at
 * once. This writer lays out page by page: the same 10,000 entries (1,564 pages) take about 5 s of
 * CPU in a cold JVM and 2-4 s warm, and fit in a 128 MB heap. PDFBox keeps the document (deflated
 * page contents and the structure tree) in memory until {@link #finish}, so unlike OpenPDF's
 * streaming writer the memory grows with the report's length, and the response starts once the
 * whole PDF is laid out.
 *
 * <p>Use: {@code try (var pdf = TaggedPdf.open(info, decoration)) { ...; pdf.finish(out); }}. Not
 * thread-safe; one instance writes one document.
 */
public final class TaggedPdf implements Closeable {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 50;
  private static final float RIGHT = PAGE.getWidth() - 50;
  private static final float TOP = PAGE.getHeight() - 80;
  private static final float BOTTOM = 60;
  private static final float LEADING = 1.4f;
  private static final float CELL_PADDING = 4;
  private static final float[] BLUE = {0x00 / 255f, 0x3F / 255f, 0x8A / 255f};
  private static final float[] GREY = {0x55 / 255f, 0x55 / 255f, 0x55 / 255f};
  private static final float[] BLACK = {0, 0, 0};
  private static final float[] RULE = {0.75f, 0.75f, 0.75f};

  private static final COSName TABS = COSName.getPDFName("Tabs");

  /** How a block of text looks: size in points, bold, colour. */
  public enum Style {
    TITLE(18, true, BLUE),
    HEADING(14, true, BLUE),
    SUBHEADING(11, true, BLACK),
    BODY(9.5f, false, BLACK),
    BOLD(9.5f, true, BLACK),
    SMALL(8.5f, false, GREY);

    final float size;
    final boolean bold;
    final float[] color;

    Style(float size, boolean bold, float[] color) {
      this.size = size;
      this.bold = bold;
      this.color = color;
    }
  }

  /** A piece of a paragraph, plain or bold. */
  public record Run(String text, boolean bold) {}

  /** The document's metadata; {@code language} is a BCP 47 tag such as es-CO. */
  public record Info(
      String title,
      String subject,
      String author,
      String keywords,
      String creator,
      String language) {}

  /**
   * What every page shows: the header line, an optional second line (shortened to one line), and
   * the page number at the bottom right: {@code pagePattern} with {0} = the page, followed by
   * {@code ofPattern} with {0} = the number of pages when it is not null ("Página 3" + " de 12").
   */
  public record Decoration(String header, String subtitle, String pagePattern, String ofPattern) {}

  /** An entry of the table of contents: the anchor of a heading laid out later, and its title. */
  public record TocEntry(String anchor, String title) {}

  /**
   * A table. {@code widths} are relative column widths. With a {@code header}, its cells are column
   * headers (repeated on each page the table continues on); with {@code rowHeaders}, each row's
   * first cell is that row's header.
   */
  public record Table(
      String caption,
      float[] widths,
      List<String> header,
      boolean rowHeaders,
      List<List<String>> rows) {}

  private final PDDocument doc;
  private final PDType0Font font;

  /** The characters this document uses, each reported once to the font's subset. */
  private final BitSet used = new BitSet();

  /** One resource dictionary for every page: the font and the number-of-pages form. */
  private final PDResources resources = new PDResources();

  private final ContentWriter cs;
  private final COSName pageCountName;
  private final Decoration decoration;
  private final Deque<COSDictionary> containers = new ArrayDeque<>();
  private final StructureTree structure;
  private final Map<String, Anchor> anchors = new LinkedHashMap<>();
  private final List<PendingNumber> tocNumbers = new ArrayList<>();
  private final PDFormXObject pageCount;
  private final MessageFormat pageFormat;
  private final Locale locale;
  private final Map<String, Integer> anchorPages = new LinkedHashMap<>();

  private PDPage page;
  private boolean pageOpen;
  private COSArray pageContents;
  private int pageNumber;
  private float y;
  private boolean finished;

  /** A heading the contents or the bookmarks lead to. */
  private record Anchor(String title, PDPageXYZDestination destination) {}

  private record PendingNumber(
      PDPage page, COSArray contents, COSDictionary element, String anchor, float baseline) {}

  private TaggedPdf(Info info, Decoration decoration) throws IOException {
    this.decoration = decoration;
    this.doc = new PDDocument();
    doc.setVersion(1.7f);
    // A fresh parse per document: the font object records the glyphs this document's subset needs.
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontMetrics.FONT_BYTES));
    // One glyph per character, as ContentWriter writes them: no substitution (ligatures), which
    // Spanish
    // prose does not need. (Through PDPageContentStream, PDFBox 3.0.8 compiled regular expressions
    // for
    // it on every showText: 77 s for the 10,000-entry report.)
    ttf.setEnableGsub(false);
    this.font = PDType0Font.load(doc, ttf, true);
    this.cs = new ContentWriter(font, resources.add(font), used);
    this.locale = Locale.forLanguageTag(info.language());
    this.pageFormat = new MessageFormat(decoration.pagePattern(), locale);
    this.pageCount = decoration.ofPattern() == null ? null : new PDFormXObject(doc);
    if (pageCount != null) {
      pageCount.setResources(new PDResources());
      pageCount.setBBox(new PDRectangle(0, -3, 120, 14));
      pageCountName = resources.add(pageCount);
    } else {
      pageCountName = null;
    }
    describe(info);
    structure = new StructureTree(doc.getDocumentCatalog());
    containers.push(structure.document());
  }

  /** Starts a document; call {@link #finish} to write it, and close it in every case. */
  public static TaggedPdf open(Info info, Decoration decoration) throws IOException {
    return new TaggedPdf(info, decoration);
  }

  private void describe(Info info) throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(info.language());
    var markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    var preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDDocumentInformation meta = doc.getDocumentInformation();
    meta.setTitle(info.title());
    meta.setSubject(info.subject());
    meta.setAuthor(info.author());
    meta.setKeywords(info.keywords());
    meta.setCreator(info.creator());
    meta.setProducer("Apache PDFBox");
    var metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(XmpPacket.of(info).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
  }

  // --- Structure
  // -----------------------------------------------------------------------------------

  /**
   * Opens a grouping element (Sect, Div) that the following blocks belong to, until {@link #end}.
   */
  public void begin(String type) {
    containers.push(element(type, containers.peek()));
  }

  public void end() {
    if (containers.size() == 1) {
      throw new IllegalStateException("Nothing to end");
    }
    containers.pop();
  }

  /** Starts a marked-content sequence on the current page that belongs to {@code element}. */
  private void beginContent(COSDictionary element) throws IOException {
    int mcid = mark(element, page, pageContents);
    cs.beginMarkedContent(element.getCOSName(COSName.S), mcid);
  }

  // --- Pages
  // ---------------------------------------------------------------------------------------

  private void newPage() throws IOException {
    endPage();
    page = new PDPage(PAGE);
    page.getCOSObject().setName(TABS, "S");
    doc.addPage(page);
    pageNumber++;
    pageContents = structure.addPage(page);
    page.setResources(resources);
    pageOpen = true;
    decorate();
    y = TOP;
  }

  private void endPage() throws IOException {
    if (pageOpen) {
      COSStream contents = doc.getDocument().createCOSStream();
      cs.writeTo(contents);
      page.getCOSObject().setItem(COSName.CONTENTS, contents);
      pageOpen = false;
    }
  }

  private void ensurePage() throws IOException {
    if (page == null) {
      newPage();
    }
  }

  /** Header, rule and page number, all pagination artifacts. */
  private void decorate() throws IOException {
    float top = PAGE.getHeight() - 36;
    cs.beginArtifact();
    text(LEFT, top, decoration.header(), 10, BLUE, false);
    if (decoration.subtitle() != null) {
      text(
          LEFT,
          top - 12,
          FontMetrics.shorten(decoration.subtitle(), 8, RIGHT - LEFT),
          8,
          GREY,
          false);
    }
    cs.strokeColor(BLUE);
    cs.lineWidth(0.8f);
    cs.line(LEFT, top - 18, RIGHT, top - 18);
    String number = pageFormat.format(new Object[] {pageNumber});
    if (pageCount == null) {
      text(RIGHT - FontMetrics.width(number, 8), 30, number, 8, GREY, false);
    } else {
      number += " ";
      float x = RIGHT - FontMetrics.width(number, 8) - 40;
      text(x, 30, number, 8, GREY, false);
      cs.form(pageCountName, x + FontMetrics.width(number, 8), 30);
    }
    cs.endMarkedContent();
  }

  private void text(float x, float baseline, String s, float size, float[] color, boolean bold)
      throws IOException {
    cs.fillColor(color);
    if (bold) {
      cs.strokeColor(color);
      cs.lineWidth(size / 30);
    }
    cs.beginText(size, x, baseline);
    cs.bold(bold);
    cs.show(FontMetrics.clean(s));
    cs.endText();
  }

  // --- Blocks
  // --------------------------------------------------------------------------------------

  /** A heading (H1-H6); with an anchor it is a target of the table of contents and a bookmark. */
  public void heading(int level, Style style, String text, String anchor) throws IOException {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("Heading level " + level);
    }
    COSDictionary h = element("H" + level, containers.peek());
    float before = style.size * 0.8f;
    // Keep a heading with at least two lines of what follows it.
    float needed = before + lineHeight(style) + 2 * lineHeight(Style.BODY);
    ensurePage();
    if (y - needed < BOTTOM) {
      newPage();
    } else if (y < TOP) {
      y -= before;
    }
    if (anchor != null) {
      Anchor a = anchors.get(anchor);
      var destination = a != null ? a.destination() : new PDPageXYZDestination();
      destination.setPage(page);
      destination.setLeft((int) LEFT);
      destination.setTop((int) (y + 4));
      anchors.put(anchor, new Anchor(text, destination));
      anchorPages.put(anchor, pageNumber);
    }
    flow(
        h,
        TextLines.wrap(List.of(new Run(text, style.bold)), style.size, RIGHT - LEFT),
        style,
        LEFT);
    y -= style.size * 0.3f;
  }

  /** A paragraph of one style; a line break in the text starts a new line. */
  public void paragraph(Style style, String text) throws IOException {
    paragraph(style, List.of(new Run(text, style.bold)));
  }

  /** A paragraph of plain and bold runs in the size and colour of {@code style}. */
  public void paragraph(Style style, List<Run> runs) throws IOException {
    ensurePage();
    COSDictionary p = element("P", containers.peek());
    flow(p, TextLines.wrap(runs, style.size, RIGHT - LEFT), style, LEFT);
  }

  /** Vertical space, in points. */
  public void space(float points) {
    y -= points;
  }

  /** Lays out lines that belong to {@code element}, continuing on new pages as needed. */
  private void flow(COSDictionary element, List<TextLines.Line> lines, Style style, float x)
      throws IOException {
    float height = lineHeight(style);
    boolean open = false;
    for (TextLines.Line line : lines) {
      if (y - height < BOTTOM) {
        if (open) {
          cs.endMarkedContent();
          open = false;
        }
        newPage();
      }
      if (!open) {
        beginContent(element);
        open = true;
      }
      drawLine(line, x, y - style.size, style);
      y -= height;
    }
    if (open) {
      cs.endMarkedContent();
    }
  }

  private void drawLine(TextLines.Line line, float x, float baseline, Style style)
      throws IOException {
    cs.fillColor(style.color);
    List<TextLines.Segment> segments = line.segments();
    if (segments.stream().anyMatch(TextLines.Segment::bold)) {
      cs.strokeColor(style.color);
      cs.lineWidth(style.size / 30);
    }
    cs.beginText(style.size, x, baseline);
    for (int i = 0; i < segments.size(); i++) {
      TextLines.Segment s = segments.get(i);
      if (i == 0 || s.bold() != segments.get(i - 1).bold()) {
        cs.bold(s.bold());
      }
      cs.show(s.text());
    }
    cs.endText();
  }

  private static float lineHeight(Style style) {
    return style.size * LEADING;
  }

  // --- Table of contents
  // ---------------------------------------------------------------------------

  /**
   * A table of contents (TOC > TOCI > Link) whose entries link to headings laid out later with the
   * same anchors; their page numbers are written once those headings are placed.
   */
  public void contents(List<TocEntry> entries) throws IOException {
    ensurePage();
    COSDictionary toc = element("TOC", containers.peek());
    Style style = Style.BODY;
    float height = lineHeight(style);
    for (TocEntry entry : entries) {
      if (y - height < BOTTOM) {
        newPage();
      }
      COSDictionary item = element("TOCI", toc);
      COSDictionary link = element("Link", item);
      float baseline = y - style.size;
      String title = FontMetrics.clean(entry.title());
      float titleWidth = FontMetrics.width(title, style.size);
      beginContent(link);
      drawLine(
          new TextLines.Line(List.of(new TextLines.Segment(title, false))), LEFT, baseline, style);
      cs.endMarkedContent();
      leader(LEFT + titleWidth + 4, RIGHT - 24, baseline);

      var destination = new PDPageXYZDestination();
      anchors.putIfAbsent(entry.anchor(), new Anchor(entry.title(), destination));
      var annotation = new PDAnnotationLink();
      annotation.setRectangle(new PDRectangle(LEFT, baseline - 3, RIGHT - LEFT, style.size + 5));
      var border = new PDBorderStyleDictionary();
      border.setWidth(0);
      annotation.setBorderStyle(border);
      annotation.setDestination(anchors.get(entry.anchor()).destination());
      annotation.setContents(entry.title());
      annotation.setPrinted(true);
      structure.annotation(link, annotation, page);
      var annotations = page.getAnnotations();
      annotations.add(annotation);
      page.setAnnotations(annotations);
      tocNumbers.add(new PendingNumber(page, pageContents, link, entry.anchor(), baseline));
      y -= height;
    }
    y -= 6;
  }

  private void leader(float from, float to, float baseline) throws IOException {
    if (to <= from) {
      return;
    }
    cs.beginArtifact();
    cs.strokeColor(GREY);
    cs.lineWidth(0.8f);
    cs.dash(0.8f, 2.2f);
    cs.line(from, baseline, to, baseline);
    cs.dash();
    cs.endMarkedContent();
  }

  // --- Tables
  // --------------------------------------------------------------------------------------

  /** A table with its caption, header cells (TH with a scope) and data cells. */
  public void table(Table t) throws IOException {
    ensurePage();
    COSDictionary table = element("Table", containers.peek());
    float width = RIGHT - LEFT;
    float total = 0;
    for (float w : t.widths()) {
      total += w;
    }
    float[] columns = new float[t.widths().length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = width * t.widths()[i] / total;
    }
    List<List<TextLines.Line>> header =
        t.header() == null ? null : cells(t.header(), columns, true, false);
    if (t.caption() != null) {
      Style style = Style.SUBHEADING;
      float needed =
          lineHeight(style)
              + 8
              + (header == null ? 0 : rowHeight(header, Style.BODY))
              + 2 * lineHeight(Style.BODY);
      if (y - needed < BOTTOM) {
        newPage();
      }
      y -= 6;
      flow(
          element("Caption", table),
          TextLines.wrap(List.of(new Run(t.caption(), true)), style.size, width),
          style,
          LEFT);
      y -= 2;
    }
    COSDictionary body = table;
    if (header != null) {
      COSDictionary head = element("THead", table);
      COSDictionary tr = element("TR", head);
      row(header, columns, cellElements(tr, t.header().size(), "TH", "Column"), null);
      body = element("TBody", table);
    }
    for (List<String> values : t.rows()) {
      COSDictionary tr = element("TR", body);
      var cells = new ArrayList<COSDictionary>();
      for (int i = 0; i < values.size(); i++) {
        boolean th = t.rowHeaders() && i == 0;
        COSDictionary cell = element(th ? "TH" : "TD", tr);
        if (th) {
          scope(cell, "Row");
        }
        cells.add(cell);
      }
      row(cells(values, columns, false, t.rowHeaders()), columns, cells, header);
    }
    y -= 8;
  }

  private static List<COSDictionary> cellElements(
      COSDictionary tr, int n, String type, String scope) {
    var cells = new ArrayList<COSDictionary>();
    for (int i = 0; i < n; i++) {
      COSDictionary cell = element(type, tr);
      scope(cell, scope);
      cells.add(cell);
    }
    return cells;
  }

  private List<List<TextLines.Line>> cells(
      List<String> values, float[] columns, boolean bold, boolean firstBold) {
    var lines = new ArrayList<List<TextLines.Line>>();
    for (int i = 0; i < values.size(); i++) {
      boolean b = bold || (firstBold && i == 0);
      lines.add(
          TextLines.wrap(
              List.of(new Run(values.get(i), b)), Style.BODY.size, columns[i] - 2 * CELL_PADDING));
    }
    return lines;
  }

  private static float rowHeight(List<List<TextLines.Line>> cells, Style style) {
    int lines = 1;
    for (List<TextLines.Line> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines * lineHeight(style) + 2 * CELL_PADDING;
  }

  /**
   * One row: on a new page when it does not fit (with the header repeated there as an artifact),
   * then its borders (artifacts) and each cell's text, owned by that cell's element (or an artifact
   * when {@code elements} is null).
   */
  private void row(
      List<List<TextLines.Line>> cells,
      float[] columns,
      List<COSDictionary> elements,
      List<List<TextLines.Line>> header)
      throws IOException {
    Style style = Style.BODY;
    float height = rowHeight(cells, style);
    if (y - height < BOTTOM && y < TOP) {
      newPage();
      if (header != null) {
        row(header, columns, null, null);
      }
    }
    cs.beginArtifact();
    cs.strokeColor(RULE);
    cs.lineWidth(0.5f);
    float x = LEFT;
    for (float w : columns) {
      cs.rectangle(x, y - height, w, height);
      x += w;
    }
    cs.stroke();
    cs.endMarkedContent();
    x = LEFT;
    for (int i = 0; i < cells.size(); i++) {
      if (elements == null) {
        cs.beginArtifact();
      } else {
        beginContent(elements.get(i));
      }
      float baseline = y - CELL_PADDING - style.size * 1.15f; // centred in the line height
      for (TextLines.Line line : cells.get(i)) {
        drawLine(line, x + CELL_PADDING, baseline, style);
        baseline -= lineHeight(style);
      }
      cs.endMarkedContent();
      x += columns[i];
    }
    y -= height;
  }

  // --- Finishing
  // -----------------------------------------------------------------------------------

  /** Fills in the page numbers, the bookmarks and the parent tree, writes the PDF and closes it. */
  public void finish(OutputStream out) throws IOException {
    if (finished) {
      throw new IllegalStateException("Already written");
    }
    finished = true;
    ensurePage();
    endPage();
    if (pageCount != null) {
      var form = new ContentWriter(font, pageCount.getResources().add(font), used);
      form.fillColor(GREY);
      form.beginText(8, 0, 0);
      form.show(
          FontMetrics.clean(
              new MessageFormat(decoration.ofPattern(), locale).format(new Object[] {pageNumber})));
      form.endText();
      form.writeTo(pageCount.getCOSObject());
    }
    writeTocNumbers();
    PDDocumentOutline outline = new PDDocumentOutline();
    for (Anchor a : anchors.values()) {
      if (a.destination().getPage() == null) {
        throw new IllegalStateException(
            "The contents name a heading that was never laid out: " + a.title());
      }
      var item = new PDOutlineItem();
      item.setTitle(a.title());
      item.setDestination(a.destination());
      outline.addLast(item);
    }
    if (!anchors.isEmpty()) {
      doc.getDocumentCatalog().setDocumentOutline(outline);
      doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
    structure.finish();
    // Embeds the subset of the characters used (PDFBox does it on save only for fonts its own
    // content
    // streams have set).
    font.subset();
    doc.save(new KeepOpen(out), CompressParameters.DEFAULT_COMPRESSION);
    out.flush();
    close();
  }

  /**
   * The page numbers of the table of contents, appended to the pages that hold it, as tagged
   * content.
   */
  private void writeTocNumbers() throws IOException {
    Style style = Style.BODY;
    for (PendingNumber pending : tocNumbers) {
      Integer onPage = anchorPages.get(pending.anchor());
      if (onPage == null) {
        continue; // reported by finish()
      }
      String number = Integer.toString(onPage);
      int mcid = mark(pending.element(), pending.page(), pending.contents());
      cs.beginMarkedContent(COSName.LINK, mcid);
      cs.fillColor(style.color);
      cs.beginText(style.size, RIGHT - FontMetrics.width(number, style.size), pending.baseline());
      cs.bold(false);
      cs.show(number);
      cs.endText();
      cs.endMarkedContent();
      // A second content stream for that page, drawn after the first.
      COSStream appended = doc.getDocument().createCOSStream();
      cs.writeTo(appended);
      COSDictionary target = pending.page().getCOSObject();
      var streams = new COSArray();
      COSBase existing = target.getItem(COSName.CONTENTS);
      if (existing instanceof COSArray array) {
        streams = array;
      } else {
        streams.add(existing);
      }
      streams.add(appended);
      target.setItem(COSName.CONTENTS, streams);
    }
  }

  @Override
  public void close() throws IOException {
    finished = true;
    try {
      endPage();
    } finally {
      doc.close();
    }
  }

  /** The caller's stream stays open: PDFBox closes the stream it saves to. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
