package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.report.application.EntryRow;
import co.gov.icetex.participa.report.application.ReportFigures;
import co.gov.icetex.participa.report.application.ReportReader;
import co.gov.icetex.participa.report.application.ReportSummary;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public report page {@code /informe?c=<slug>[&version=n][&pagina=p]}: totals, then
 * observations by pages.
 */
@Named("report")
@RequestScoped
public class ReportBacking {

  static final int PAGE_SIZE = 50;

  @Inject ReportReader reader;
  @Inject ReportFigures figures;

  private String slug;
  private Integer version;
  private Integer page;
  private ReportSummary summary;
  private List<EntryRow> entries;

  public void load() {
    summary = reader.find(slug, version).orElse(null);
    if (summary == null) {
      Pages.notFound();
      return;
    }
    int p = Math.min(Math.max(1, page == null ? 1 : page), getPages());
    page = p;
    entries = reader.entries(summary.id(), (p - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public int getPages() {
    return Math.max(1, (summary.observations() + PAGE_SIZE - 1) / PAGE_SIZE);
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

  public String getPageOf() {
    return Messages.get("report.pageOf", page, getPages());
  }

  public List<ReportFigures.Fact> getFacts() {
    return figures.facts(summary);
  }

  public List<ReportFigures.CountTable> getTables() {
    return figures.tables(summary);
  }

  /** The API address of this version in a format, for the download links. */
  public String download(String format) {
    return "/api/v1/consultations/"
        + summary.slug()
        + "/report?format="
        + format
        + "&version="
        + summary.version();
  }

  public ReportSummary getSummary() {
    return summary;
  }

  public List<EntryRow> getEntries() {
    return entries;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
