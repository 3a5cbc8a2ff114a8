package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.pdf.TaggedPdf;
import co.gov.icetex.participa.shared.pdf.TaggedPdf.Style;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The memoria as a tagged, accessible PDF (PDF/UA-1, see {@link TaggedPdf}): the title (H1), the
 * hearing and the version, then the summary, attendance, questions and answers (one section per
 * question, headed by its tracking code and author), evaluation results and commitments (H2 each,
 * with bookmarks); the ICETEX header and "Página N de M" on every page, language es-CO, the title
 * shown by viewers. Written straight to the response.
 */
public final class MemoriaPdf {

  private MemoriaPdf() {}

  public static void write(Hearing hearing, MemoriaView memoria, OutputStream out)
      throws IOException {
    var info =
        new TaggedPdf.Info(
            Messages.get("hearing.memoria.pdfTitle", hearing.getTitle()),
            Messages.get(
                "hearing.memoria.pdfSubject",
                memoria.number(),
                DateFormats.date(memoria.publishedAt())),
            Messages.get("hearing.memoria.pdfAuthor"),
            Messages.get("hearing.memoria.pdfKeywords"),
            Messages.get("layout.siteName"),
            Messages.LOCALE.toLanguageTag());
    var decoration =
        new TaggedPdf.Decoration(
            Messages.get("hearing.memoria.pdfHeader"),
            hearing.getTitle(),
            Messages.get("hearing.memoria.page"),
            Messages.get("hearing.memoria.of"));
    try (var pdf = TaggedPdf.open(info, decoration)) {
      pdf.heading(1, Style.TITLE, Messages.get("hearing.memoria.title"), null);
      pdf.paragraph(Style.SUBHEADING, hearing.getTitle());
      pdf.paragraph(
          Style.BODY,
          Messages.get(
              "hearing.memoria.meta",
              DateFormats.dateTime(hearing.getStartsAt()),
              hearing.getPlace() == null ? hearing.getStreamUrl() : hearing.getPlace(),
              memoria.number(),
              DateFormats.dateTime(memoria.publishedAt())));

      section(pdf, "resumen", "hearing.memoria.summary", memoria.summary());
      section(
          pdf,
          "asistencia",
          "hearing.memoria.attendance",
          Messages.get(
              "hearing.memoria.attendanceText",
              memoria.registeredInPerson(),
              memoria.registeredOnline(),
              memoria.questionsReceived()));
      pdf.heading(2, Style.HEADING, Messages.get("hearing.memoria.questions"), "preguntas");
      for (MemoriaView.Question q : memoria.questions()) {
        pdf.begin("Sect");
        pdf.heading(
            3,
            Style.SMALL,
            q.trackingCode()
                + " · "
                + (q.author().isEmpty() ? Messages.get("hearing.anonymousAuthor") : q.author()),
            null);
        pdf.paragraph(Style.BODY, q.text());
        pdf.paragraph(Style.BODY, Messages.get("AnswerOutcome." + q.outcome()) + ": " + q.answer());
        pdf.end();
      }
      section(
          pdf,
          "evaluacion",
          "hearing.memoria.survey",
          Messages.get(
              "hearing.memoria.surveyText",
              memoria.responses(),
              memoria.clarity(),
              memoria.usefulness(),
              memoria.answered(),
              memoria.notAnswered(),
              memoria.noQuestion()));
      section(pdf, "compromisos", "hearing.memoria.commitments", memoria.commitments());
      pdf.finish(out);
    }
  }

  /** A heading (with its bookmark) and its text, one paragraph per blank-line-separated block. */
  private static void section(TaggedPdf pdf, String anchor, String headingKey, String text)
      throws IOException {
    pdf.heading(2, Style.HEADING, Messages.get(headingKey), anchor);
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      pdf.paragraph(Style.BODY, paragraph);
    }
  }
}
