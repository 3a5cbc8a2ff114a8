package co.gov.icetex.participa.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The download sizes are counted once per version, and again only when the version's files change.
 */
class ReportFileSizesTest {

  private final List<String> written = new ArrayList<>();

  private ReportFileSizes sizes() {
    var s = new ReportFileSizes();
    s.pdf =
        new ReportPdf() {
          @Override
          public void write(ReportSummary report, OutputStream out) throws java.io.IOException {
            written.add("pdf " + report.id());
            out.write(new byte[250_000]);
          }
        };
    s.csv =
        new ReportCsv() {
          @Override
          public void write(ReportSummary report, OutputStream out) throws java.io.IOException {
            written.add("csv " + report.id());
            for (int i = 0; i < 1000; i++) {
              out.write('x');
            }
          }
        };
    s.xlsx =
        new ReportXlsx() {
          @Override
          public void write(ReportSummary report, OutputStream out) throws java.io.IOException {
            written.add("xlsx " + report.id());
            out.write(new byte[10], 2, 5);
          }
        };
    s.json =
        new ReportJson() {
          @Override
          public void write(ReportSummary r, String apiBase, OutputStream out) {
            written.add("json " + r.id());
            try {
              out.write(apiBase.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };
    return s;
  }

  private static ReportSummary version(long id, int versions) {
    var list = new ArrayList<ReportVersion>();
    for (int v = versions; v >= 1; v--) {
      list.add(new ReportVersion(v, Instant.EPOCH, 3));
    }
    return new ReportSummary(
        id,
        "slug",
        "Título",
        null,
        2026,
        "Oficina",
        Instant.EPOCH,
        Instant.EPOCH,
        "Sitio web",
        1,
        Instant.EPOCH,
        3,
        null,
        list);
  }

  @Test
  void eachFormatIsCountedByTheBytesItWrites() {
    Map<ReportFormat, Long> bytes = sizes().of(version(1, 1), "http://x/api");
    assertEquals(
        Map.of(
            ReportFormat.PDF, 250_000L,
            ReportFormat.CSV, 1000L,
            ReportFormat.XLSX, 5L,
            ReportFormat.JSON, 12L),
        bytes);
  }

  @Test
  void aVersionIsCountedOnceUntilALaterVersionChangesItsFiles() {
    var s = sizes();
    s.of(version(1, 1), "a");
    s.of(version(1, 1), "a");
    assertEquals(4, written.size(), "the second page view writes nothing");
    s.of(version(1, 2), "a");
    assertEquals(8, written.size(), "version 2 was published: version 1's files list it");
  }

  @Test
  void onlyTheMostRecentlyReadVersionsAreKept() {
    var s = sizes();
    for (long id = 1; id <= ReportFileSizes.KEPT + 1; id++) {
      s.of(version(id, 1), "a");
    }
    written.clear();
    s.of(version(ReportFileSizes.KEPT + 1, 1), "a");
    assertEquals(0, written.size(), "the latest is kept");
    s.of(version(1, 1), "a");
    assertEquals(4, written.size(), "the eldest was let go, so memory stays bounded");
  }

  @Test
  void readersArrivingWhileTheFirstCountsWaitForItsFigures() throws Exception {
    var s = sizes();
    var counting = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    var pdfWrites = new java.util.concurrent.atomic.AtomicInteger();
    s.pdf =
        new ReportPdf() {
          @Override
          public void write(ReportSummary report, OutputStream out) throws java.io.IOException {
            pdfWrites.incrementAndGet();
            counting.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            out.write(new byte[7]);
          }
        };
    var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
    try {
      var answers = new ArrayList<java.util.concurrent.Future<Map<ReportFormat, Long>>>();
      answers.add(pool.submit(() -> s.of(version(9, 1), "a")));
      counting.await();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> s.of(version(9, 1), "a")));
      }
      release.countDown();
      for (var answer : answers) {
        assertEquals(7L, answer.get().get(ReportFormat.PDF));
      }
      assertEquals(1, pdfWrites.get(), "five readers, one PDF written");
    } finally {
      pool.shutdownNow();
    }
  }
}
