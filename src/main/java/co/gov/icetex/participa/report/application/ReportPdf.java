package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.pdf.TaggedPdf;
import co.gov.icetex.participa.shared.pdf.TaggedPdf.Run;
import co.gov.icetex.participa.shared.pdf.TaggedPdf.Style;
import co.gov.icetex.participa.shared.pdf.TaggedPdf.TocEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a tagged, accessible PDF (PDF/UA-1, see {@link TaggedPdf}): the title (H1), the
 * table of contents with links and page numbers, the consultation's details as a table with row
 * headers, the tables of totals with column headers, then every entry as a section headed by its
 * tracking code (H3); the ICETEX header and "Página N de M" on every page, bookmarks for the three
 * sections, language es-CO and the title shown by viewers instead of the file name. Entries are
 * read page by page from the frozen rows; the document is written once laid out (10,000 entries:
 * see the README's benchmark).
 */
@ApplicationScoped
public class ReportPdf {

  @Inject ReportReader reader;
  @Inject ReportFigures figures;

  public void write(ReportSummary report, OutputStream out) throws IOException {
    String title = Messages.get("report.pdf.title", report.title());
    var info =
        new TaggedPdf.Info(
            title,
            Messages.get(
                "report.pdf.subject", report.version(), DateFormats.date(report.publishedAt())),
            Messages.get("report.pdf.author"),
            Messages.get("report.pdf.keywords"),
            Messages.get("layout.siteName"),
            Messages.LOCALE.toLanguageTag());
    var decoration =
        new TaggedPdf.Decoration(
            Messages.get("report.pdf.header"),
            report.title(),
            Messages.get("report.pdf.page"),
            Messages.get("report.pdf.of"));
    try (var pdf = TaggedPdf.open(info, decoration)) {
      pdf.heading(1, Style.TITLE, title, null);
      pdf.paragraph(
          Style.SMALL,
          Messages.get(
              "report.pdf.subject", report.version(), DateFormats.dateTime(report.publishedAt())));
      if (report.isSuperseded()) {
        pdf.paragraph(
            Style.BOLD, Messages.get("report.superseded", report.versions().get(0).version()));
      }
      List<TocEntry> sections =
          List.of(
              new TocEntry("consulta", Messages.get("report.section.consultation")),
              new TocEntry("totales", Messages.get("report.section.totals")),
              new TocEntry("observaciones", Messages.get("report.section.entries")));
      pdf.space(8);
      pdf.heading(2, Style.HEADING, Messages.get("report.pdf.contents"), null);
      pdf.contents(sections);

      section(pdf, sections.get(0));
      List<List<String>> facts = new ArrayList<>();
      figures.facts(report).forEach(f -> facts.add(List.of(f.label(), f.value())));
      pdf.table(new TaggedPdf.Table(null, new float[] {1, 2.6f}, null, true, facts));

      section(pdf, sections.get(1));
      for (ReportFigures.CountTable t : figures.tables(report)) {
        List<List<String>> rows =
            t.rows().stream()
                .map(row -> List.of(row.label(), Integer.toString(row.count()), row.share()))
                .toList();
        pdf.table(
            new TaggedPdf.Table(
                t.caption(),
                new float[] {3, 1, 1},
                List.of(
                    t.dimension(),
                    Messages.get("report.table.count"),
                    Messages.get("report.table.share")),
                false,
                rows));
      }

      section(pdf, sections.get(2));
      if (report.observations() == 0) {
        pdf.paragraph(Style.BODY, Messages.get("report.noEntries"));
      }
      var layout = new EntryLayout(pdf);
      reader.forEachEntry(report.id(), layout::entry);
      pdf.finish(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void section(TaggedPdf pdf, TocEntry section) throws IOException {
    pdf.heading(2, Style.HEADING, section.title(), section.anchor());
  }

  /** How one entry is laid out; the patterns are parsed once per document, not once per entry. */
  private static final class EntryLayout {
    final MessageFormat meta =
        new MessageFormat(Messages.get("report.pdf.entryMeta"), Messages.LOCALE);
    final MessageFormat answeredOn =
        new MessageFormat(Messages.get("report.pdf.answeredOn"), Messages.LOCALE);
    final String textLabel = Messages.get("report.entry.text") + ": ";
    final String resultLabel = Messages.get("report.entry.result") + ": ";
    final String answerLabel = Messages.get("report.entry.answer") + ": ";
    final MessageFormat campaign =
        new MessageFormat(Messages.get("report.entry.campaign"), Messages.LOCALE);
    final String campaignLabel = Messages.get("report.entry.campaignMembers") + " ";
    final TaggedPdf pdf;

    EntryLayout(TaggedPdf pdf) {
      this.pdf = pdf;
    }

    void entry(EntryRow e) {
      try {
        pdf.begin("Sect");
        pdf.heading(3, Style.BOLD, e.trackingCode() + " · " + e.part(), null);
        pdf.paragraph(
            Style.SMALL,
            meta.format(
                new Object[] {
                  e.author(),
                  e.groupLabel(),
                  e.departmentName(),
                  e.channelLabel(),
                  DateFormats.date(e.receivedAt())
                }));
        if (e.campaign()) {
          labelled(
              campaign.format(new Object[] {e.observationCount()}) + " " + campaignLabel,
              String.join(", ", e.campaignMembers()));
        }
        labelled(textLabel, e.shownText());
        String result = e.result();
        if (e.answered()) {
          result +=
              " · "
                  + answeredOn.format(
                      new Object[] {DateFormats.date(e.answeredAt()), e.timeliness()});
        }
        labelled(resultLabel, result);
        if (e.answerText() != null) {
          labelled(answerLabel, e.answerText());
        }
        pdf.end();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    private void labelled(String label, String text) throws IOException {
      pdf.paragraph(Style.BODY, List.of(new Run(label, true), new Run(text, false)));
    }
  }
}
