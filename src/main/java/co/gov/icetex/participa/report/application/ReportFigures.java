package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.report.domain.ReportTotals;
import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report's front matter as every format shows it, labelled in Spanish: the consultation's
 * details and the tables of totals (each row with its count and its share). The page, the PDF and
 * the XLSX read it from here, so they never disagree.
 */
@ApplicationScoped
public class ReportFigures {

  /** A labelled detail of the consultation. */
  public record Fact(String label, String value) {}

  /** A row of a table of totals; {@code percent} is null when the base is 0. */
  public record CountRow(String label, int count, BigDecimal percent) {

    /** "42,5 %" in es-CO, or "—". */
    public String share() {
      if (percent == null) {
        return "—";
      }
      NumberFormat f = NumberFormat.getNumberInstance(Messages.LOCALE);
      f.setMinimumFractionDigits(1);
      f.setMaximumFractionDigits(1);
      return f.format(percent) + " %";
    }

    /** The width of the row's bar, 0-100, for the page's chart. */
    public int barWidth() {
      return percent == null ? 0 : percent.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
  }

  /** A table of totals: an anchor id, its caption, the header of its first column, and its rows. */
  public record CountTable(String id, String caption, String dimension, List<CountRow> rows) {}

  /** A line of the summary sheet: a heading, a fact (value), or a count (count and share). */
  public record Line(String label, Integer count, String value, boolean heading) {}

  public List<Fact> facts(ReportSummary r) {
    return List.of(
        new Fact(Messages.get("report.fact.consultation"), r.title()),
        new Fact(
            Messages.get("report.fact.type"), Messages.get("ConsultationType." + r.type().name())),
        new Fact(Messages.get("report.fact.year"), Integer.toString(r.year())),
        new Fact(Messages.get("report.fact.office"), r.office()),
        new Fact(
            Messages.get("report.fact.window"),
            Messages.get(
                "report.fact.windowValue",
                DateFormats.dateTime(r.opensAt()),
                DateFormats.closing(r.closesAt()))),
        new Fact(Messages.get("report.fact.announced"), r.announcedWhere()),
        new Fact(
            Messages.get("report.fact.version"),
            Messages.get(
                "report.fact.versionValue", r.version(), DateFormats.dateTime(r.publishedAt()))));
  }

  public List<CountTable> tables(ReportSummary r) {
    ReportTotals t = r.totals();
    int all = t.observations();
    List<CountTable> tables = new ArrayList<>();
    tables.add(
        new CountTable(
            "totales",
            Messages.get("report.table.overview"),
            Messages.get("report.table.concept"),
            List.of(
                row(Messages.get("report.total.observations"), all, all),
                row(Messages.get("report.total.answered"), t.answered(), all),
                row(Messages.get("report.total.rejected"), t.rejected(), all),
                row(Messages.get("report.total.redirected"), t.redirected(), all),
                row(Messages.get("report.total.onTime"), t.onTime(), t.answered()))));
    tables.add(
        table(
            "resultado",
            "report.table.byOutcome",
            "report.table.outcome",
            t.byOutcome(),
            k -> Messages.get("AnswerOutcome." + k.name()),
            t.answered()));
    tables.add(
        table(
            "grupo",
            "report.table.byGroup",
            "report.table.group",
            t.byGroup(),
            k -> Messages.get("StakeholderGroup." + k.name()),
            all));
    tables.add(
        table(
            "departamento",
            "report.table.byDepartment",
            "report.table.department",
            t.byDepartment(),
            k -> Department.ofCode(k).map(Department::getDisplayName).orElse(k),
            all));
    tables.add(
        table(
            "canal",
            "report.table.byChannel",
            "report.table.channel",
            t.byChannel(),
            k -> Messages.get("Channel." + k.name()),
            all));
    tables.add(
        table(
            "no-admitidas",
            "report.table.byReason",
            "report.table.reason",
            t.rejectedByReason(),
            k -> Messages.get("report.reason." + k.name()),
            t.rejected()));
    return tables;
  }

  /** The summary sheet of the XLSX: facts, then each table. */
  public List<Line> summaryLines(ReportSummary r) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Messages.get("report.section.consultation"), null, null, true));
    facts(r).forEach(f -> lines.add(new Line(f.label(), null, f.value(), false)));
    for (CountTable table : tables(r)) {
      lines.add(new Line("", null, "", false));
      lines.add(new Line(table.caption(), null, null, true));
      table
          .rows()
          .forEach(row -> lines.add(new Line(row.label(), row.count(), row.share(), false)));
    }
    return lines;
  }

  private static <K> CountTable table(
      String id,
      String captionKey,
      String dimensionKey,
      Map<K, Integer> counts,
      Function<K, String> label,
      int base) {
    List<CountRow> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(row(label.apply(k), n, base)));
    if (rows.isEmpty()) {
      rows.add(new CountRow(Messages.get("report.table.none"), 0, null));
    }
    return new CountTable(id, Messages.get(captionKey), Messages.get(dimensionKey), rows);
  }

  private static CountRow row(String label, int count, int base) {
    return new CountRow(label, count, ReportTotals.percentOf(count, base));
  }
}
