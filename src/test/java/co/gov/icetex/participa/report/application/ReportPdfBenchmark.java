package co.gov.icetex.participa.report.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the report's PDF for N synthetic entries (the same ones as {@link ReportPdfTest}), a few
 * runs in one JVM: the first is cold (class loading, JIT), the later ones warm. Not a test; run it
 * after {@code mvn test-compile} with the test class path:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     co.gov.icetex.participa.report.application.ReportPdfBenchmark 10000 [out.pdf] [runs]</pre>
 */
public final class ReportPdfBenchmark {

  private ReportPdfBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      byte[] bytes = ReportPdfTest.pdf(n);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "run %d: %d entries, %d ms, %d bytes, heap used %d MB%n",
          run, n, ms, bytes.length, (rt.totalMemory() - rt.freeMemory()) >> 20);
      if (run == runs && args.length > 1 && !args[1].isEmpty()) {
        Files.write(Path.of(args[1]), bytes);
      }
    }
  }
}
