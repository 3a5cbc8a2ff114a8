import java.io.File;
import org.apache.pdfbox.Loader;

/**
 * Prints the number of pages of a PDF, for report-bench.sh (the report's PDF keeps its page objects
 * in compressed object streams, where grep cannot count them). Run with PDFBox on the class path:
 * {@code java -cp <class path> src/bench/PdfPages.java file.pdf}.
 */
public class PdfPages {
  public static void main(String[] args) throws Exception {
    try (var doc = Loader.loadPDF(new File(args[0]))) {
      System.out.println(doc.getNumberOfPages());
    }
  }
}
