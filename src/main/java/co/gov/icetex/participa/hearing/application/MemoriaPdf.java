package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/**
 * The memoria as a PDF: the ICETEX header and the page number on every page, then the summary,
 * attendance, questions and answers, evaluation results and commitments. Helvetica's WinAnsi encoding
 * covers Spanish (á, ñ, ¿, ¡). Written straight to the response.
 */
public final class MemoriaPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

  private MemoriaPdf() {}

  public static void write(Hearing hearing, MemoriaView memoria, OutputStream out) {
    var document = new Document(PageSize.A4, 56, 56, 72, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new HeaderAndPageNumber(Messages.get("hearing.memoria.pdfHeader")));
    document.addTitle(Messages.get("hearing.memoria.title") + ": " + hearing.getTitle());
    // The document's language, so screen readers pronounce it as Spanish; the title shows in the window bar.
    writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("es-CO"));
    writer.addViewerPreference(com.lowagie.text.pdf.PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
    document.addAuthor("ICETEX");
    document.open();
    document.add(new Paragraph(Messages.get("hearing.memoria.title"), TITLE));
    document.add(new Paragraph(hearing.getTitle(), HEADING));
    document.add(new Paragraph(Messages.get("hearing.memoria.meta", DateFormats.dateTime(hearing.getStartsAt()),
        hearing.getPlace() == null ? hearing.getStreamUrl() : hearing.getPlace(), memoria.number(),
        DateFormats.dateTime(memoria.publishedAt())), TEXT));

    section(document, "hearing.memoria.summary", memoria.summary());
    section(document, "hearing.memoria.attendance", Messages.get("hearing.memoria.attendanceText",
        memoria.registeredInPerson(), memoria.registeredOnline(), memoria.questionsReceived()));
    document.add(new Paragraph(Messages.get("hearing.memoria.questions"), HEADING));
    for (MemoriaView.Question q : memoria.questions()) {
      document.add(new Paragraph(q.trackingCode() + " · " + (q.author().isEmpty() ? Messages.get("hearing.anonymousAuthor") : q.author()), SMALL));
      document.add(new Paragraph(q.text(), TEXT));
      document.add(new Paragraph(Messages.get("AnswerOutcome." + q.outcome()) + ": " + q.answer(), TEXT));
    }
    section(document, "hearing.memoria.survey", Messages.get("hearing.memoria.surveyText", memoria.responses(),
        memoria.clarity(), memoria.usefulness(), memoria.answered(), memoria.notAnswered(), memoria.noQuestion()));
    section(document, "hearing.memoria.commitments", memoria.commitments());
    document.close();
  }

  private static void section(Document document, String headingKey, String text) {
    Paragraph heading = new Paragraph(Messages.get(headingKey), HEADING);
    heading.setSpacingBefore(12);
    document.add(heading);
    document.add(new Paragraph(text, TEXT));
  }

  /** The institution's header at the top and "Página N" at the bottom of every page. */
  private static final class HeaderAndPageNumber extends PdfPageEventHelper {
    private final String header;

    HeaderAndPageNumber(String header) {
      this.header = header;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      var canvas = writer.getDirectContent();
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header, SMALL),
          document.left(), document.top() + 24, 0);
      ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
          new Phrase(Messages.get("hearing.memoria.page", writer.getPageNumber()), SMALL),
          (document.left() + document.right()) / 2, document.bottom() - 24, 0);
    }
  }
}
