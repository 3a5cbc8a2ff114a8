package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.shared.AppClock;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The downloadable files of the demo consultations: a PDF of the document, written with the
 * standard Helvetica font (no embedded fonts; its Latin-1 encoding covers Spanish), and CSV tables.
 */
public final class DemoFiles {

  public static final String PDF = "application/pdf";
  public static final String CSV = "text/csv";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font META = new Font(Font.HELVETICA, 9, Font.ITALIC);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
  private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL);
  private static final float INDENT = 14f;

  private DemoFiles() {}

  /** A PDF with the consultation's title, summary, window and every part with its text or cells. */
  /** A short PDF with a title and paragraphs, e.g. a hearing's management report. */
  public static byte[] simplePdf(String title, List<String> paragraphs) {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.LETTER, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addAuthor("ICETEX");
    document.open();
    document.add(new Paragraph(title, TITLE));
    for (String p : paragraphs) {
      document.add(spaced(new Paragraph(p, TEXT), 8));
    }
    document.close();
    return out.toByteArray();
  }

  public static byte[] pdfOf(Consultation c) {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.LETTER, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle(c.getTitle());
    document.addAuthor("ICETEX - " + c.getOffice());
    document.addCreator("Participa ICETEX");
    document.open();
    document.add(new Paragraph(c.getTitle(), TITLE));
    document.add(
        spaced(
            new Paragraph(
                "ICETEX - "
                    + c.getOffice()
                    + " - Vigencia "
                    + c.getYear()
                    + ". Comentarios "
                    + windowText(c)
                    + " (hora de Bogotá).",
                META),
            4));
    document.add(spaced(new Paragraph(c.getSummary(), TEXT), 10));
    for (ConsultationPart part : c.getParts()) {
      addPart(document, part);
    }
    document.close();
    return out.toByteArray();
  }

  /**
   * A table as CSV for a spreadsheet in Colombia: UTF-8 with BOM, ";" between cells, CRLF lines.
   */
  public static byte[] csvOf(List<String> header, List<List<String>> rows) {
    var text = new StringBuilder("\uFEFF");
    text.append(csvLine(header));
    rows.forEach(r -> text.append(csvLine(r)));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void addPart(Document document, ConsultationPart part) {
    float indent = part.getDepth() * INDENT;
    Font font = part.getDepth() == 0 ? HEADING : LABEL;
    var label = new Paragraph(part.getLabel(), font);
    label.setIndentationLeft(indent);
    document.add(spaced(label, part.getDepth() == 0 ? 10 : 5));
    if (part.getBody() != null) {
      var body = new Paragraph(part.getBody(), TEXT);
      body.setIndentationLeft(indent);
      body.setAlignment(Element.ALIGN_JUSTIFIED);
      document.add(spaced(body, 2));
    }
    // A row's title repeats one of its cells; the cell is not printed twice.
    part.getFields().stream()
        .filter(f -> !f.value().equals(part.getTitle()))
        .forEach(
            f -> {
              var cell = new Paragraph(f.label() + ": " + f.value(), CELL);
              cell.setIndentationLeft(indent + INDENT);
              document.add(cell);
            });
  }

  private static Paragraph spaced(Paragraph p, float before) {
    p.setSpacingBefore(before);
    return p;
  }

  private static String windowText(Consultation c) {
    LocalDate first = LocalDate.ofInstant(c.getWindow().getOpensAt(), AppClock.BOGOTA);
    LocalDate last =
        LocalDate.ofInstant(c.getWindow().getClosesAt().minusNanos(1000), AppClock.BOGOTA);
    return "del " + DAY.format(first) + " al " + DAY.format(last);
  }

  private static String csvLine(List<String> cells) {
    return cells.stream().map(DemoFiles::csvCell).collect(Collectors.joining(";")) + "\r\n";
  }

  private static String csvCell(String value) {
    boolean quote =
        value.contains(";")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || !value.equals(value.strip());
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
