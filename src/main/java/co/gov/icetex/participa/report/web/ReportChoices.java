package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.report.application.ReportBrowsing;
import co.gov.icetex.participa.report.application.ReportFileSizes;
import co.gov.icetex.participa.report.application.ReportFilter;
import co.gov.icetex.participa.report.application.ReportFormat;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the report page offers to choose from: the values of its filters (the parts this version's
 * observations were made on, the results, the groups) and its downloads with their sizes.
 */
@Named("reportChoices")
@RequestScoped
public class ReportChoices {

  /** One option of a filter: the value sent and the label shown. */
  public record Option(String value, String label) {}

  /** One download: the link's id, its address (from the site root) and "Informe (PDF, 245 KB)". */
  public record Download(String id, String href, String label) {}

  /** The order the page lists the downloads in: the document first, then the data. */
  private static final List<ReportFormat> SHOWN =
      List.of(ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX, ReportFormat.JSON);

  @Inject ReportBacking page;
  @Inject ReportBrowsing browsing;
  @Inject ReportFileSizes sizes;
  @Inject Formats fmt;
  @Inject HttpServletRequest request;

  private List<Option> parts;

  /** Read once per request: the page asks for the list more than once while rendering. */
  public List<Option> getParts() {
    if (parts == null) {
      parts = new ArrayList<>();
      parts.add(new Option(ReportFilter.WHOLE_DOCUMENT, Messages.get("report.wholeDocument")));
      browsing.partLabels(page.getSummary().id()).forEach(l -> parts.add(new Option(l, l)));
    }
    return parts;
  }

  public List<Option> getResults() {
    var options = new ArrayList<Option>();
    for (AnswerOutcome o : AnswerOutcome.values()) {
      options.add(new Option(o.name(), Messages.get("AnswerOutcome." + o.name())));
    }
    options.add(
        new Option(ReportDisposition.REJECTED.name(), Messages.get("report.filter.rejected")));
    options.add(
        new Option(ReportDisposition.REDIRECTED.name(), Messages.get("report.filter.redirected")));
    return options;
  }

  public List<Option> getGroups() {
    return Arrays.stream(StakeholderGroup.values())
        .map(g -> new Option(g.name(), Messages.get("StakeholderGroup." + g.name())))
        .toList();
  }

  public List<Download> getDownloads() {
    var s = page.getSummary();
    String path = "/api/v1/consultations/" + s.slug() + "/report";
    String self =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + path;
    Map<ReportFormat, Long> bytes = sizes.of(s, self);
    return SHOWN.stream()
        .map(
            f ->
                new Download(
                    "download-" + f.extension(),
                    path + "?format=" + f.extension() + "&version=" + s.version(),
                    Messages.get("report.download." + f.extension(), fmt.fileSize(bytes.get(f)))))
        .toList();
  }
}
