package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.report.application.EntryRow;
import co.gov.icetex.participa.report.application.ReportBrowsing;
import co.gov.icetex.participa.report.application.ReportBrowsing.CodeMatch;
import co.gov.icetex.participa.report.application.ReportFigures;
import co.gov.icetex.participa.report.application.ReportReader;
import co.gov.icetex.participa.report.application.ReportSummary;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public report page {@code /informe?c=<slug>[&version=n]}: "find your code" and the filters
 * first ({@code codigo}, or {@code parte}, {@code resultado}, {@code grupo} and {@code pagina}),
 * the figures folded, then the observations by pages. Every choice is in the address (GET forms),
 * so the page keeps no session and can be cached like any other.
 */
@Named("report")
@RequestScoped
public class ReportBacking {

  static final int PAGE_SIZE = 50;

  @Inject ReportReader reader;
  @Inject ReportBrowsing browsing;
  @Inject ReportFigures figures;
  @Inject ReportQuery query;

  private ReportSummary summary;
  private Paged<EntryRow> entries;
  private CodeMatch found;

  public void load() {
    summary = reader.find(query.getC(), query.getVersion()).orElse(null);
    if (summary == null) {
      Pages.notFound();
      return;
    }
    if (query.isCodeSearch()) {
      found = browsing.byCode(summary.id(), query.getCodigo()).orElse(null);
      return;
    }
    int page = query.getPagina() == null ? 1 : query.getPagina();
    entries = browsing.entries(summary.id(), query.filter(), page, PAGE_SIZE);
  }

  /** "87,5 %" of the answers on time, or a sentence saying nothing was answered. */
  public String getOnTimeShare() {
    var percent = summary.totals().onTimePercent();
    return percent == null
        ? Messages.get("report.onTimeNone")
        : new ReportFigures.CountRow("", summary.totals().onTime(), percent).share();
  }

  public String getSupersededNotice() {
    return Messages.get("report.superseded", summary.versions().get(0).version());
  }

  public List<ReportFigures.Fact> getFacts() {
    return figures.facts(summary);
  }

  public List<ReportFigures.CountTable> getTables() {
    return figures.tables(summary);
  }

  /** The observations shown: the one found by its code, or a page of the filtered ones. */
  public List<EntryRow> getShown() {
    if (query.isCodeSearch()) {
      return found == null ? List.of() : List.of(found.entry());
    }
    return entries.items();
  }

  public Paged<EntryRow> getEntries() {
    return entries;
  }

  public CodeMatch getFound() {
    return found;
  }

  /** The sentence above the result of a code search: found, found in a campaign, or unknown. */
  public String getCodeResult() {
    if (found == null) {
      String asked = query.getCodigo().strip();
      return Messages.get(
          "report.find.unknown", asked.length() > 40 ? asked.substring(0, 40) + "…" : asked);
    }
    return found.inCampaign()
        ? Messages.get("report.find.inCampaign", found.code(), found.entry().trackingCode())
        : Messages.get("report.find.found", found.code());
  }

  public ReportSummary getSummary() {
    return summary;
  }
}
