package co.gov.icetex.participa.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How many bytes each download of a report version is, so the page can say "PDF, 245 KB" before
 * anyone downloads it. Each format is written once into a counter (nothing is kept but the count)
 * the first time a version's page is shown on this instance, then remembered. A version never
 * changes once published (but for the list of later versions, which is part of the key), so a count
 * kept per instance is never wrong on another one, and no instance needs to tell the others
 * anything; the map keeps the {@value #KEPT} versions read most recently, so its memory is bounded
 * however many reports exist.
 *
 * <p>The counts are close, not exact, in two cases the page can live with: the JSON names its own
 * address, absolute in a real response, and an author who withdraws their consent after publication
 * is no longer named in any format.
 */
@ApplicationScoped
public class ReportFileSizes {

  static final int KEPT = 64;

  @Inject ReportJson json;
  @Inject ReportCsv csv;
  @Inject ReportXlsx xlsx;
  @Inject ReportPdf pdf;

  /**
   * One counting per version and instance, whatever the number of readers: the first reader counts,
   * the others arriving meanwhile wait for its figures instead of writing the same report again (a
   * cold instance hit by a crowd would otherwise write the PDF once per request).
   */
  private final Map<String, CompletableFuture<Map<ReportFormat, Long>>> byReport =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<String, CompletableFuture<Map<ReportFormat, Long>>> eldest) {
          return size() > KEPT;
        }
      };

  /** The size in bytes of each format of this version; {@code self} is the API address. */
  public Map<ReportFormat, Long> of(ReportSummary report, String self) {
    // The versions' list is in every format: a version's files grow when a later one is published.
    String key = report.id() + ":" + report.versions().size();
    var mine = new CompletableFuture<Map<ReportFormat, Long>>();
    CompletableFuture<Map<ReportFormat, Long>> known;
    synchronized (byReport) {
      known = byReport.putIfAbsent(key, mine);
    }
    if (known != null) {
      return known.join();
    }
    try {
      Map<ReportFormat, Long> counted = new EnumMap<>(ReportFormat.class);
      for (ReportFormat format : ReportFormat.values()) {
        counted.put(format, count(format, report, self));
      }
      Map<ReportFormat, Long> sizes = Collections.unmodifiableMap(counted);
      mine.complete(sizes);
      return sizes;
    } catch (RuntimeException e) {
      synchronized (byReport) {
        byReport.remove(key, mine); // the next reader tries again
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private long count(ReportFormat format, ReportSummary report, String self) {
    var counter = new Counter();
    try {
      switch (format) {
        case JSON -> json.write(report, self, counter);
        case CSV -> csv.write(report, counter);
        case XLSX -> xlsx.write(report, counter);
        case PDF -> pdf.write(report, counter);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.bytes;
  }

  /** Counts what is written to it and keeps nothing. */
  static final class Counter extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
