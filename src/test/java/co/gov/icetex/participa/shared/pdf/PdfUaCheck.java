package co.gov.icetex.participa.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * Checks a PDF against PDF/UA-1 with veraPDF (its own parser, so PDFBox does not judge its own
 * output).
 */
public final class PdfUaCheck {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUaCheck() {}

  /**
   * The PDF/UA-1 rules the file breaks, one line each ("7.1-3 ×12: message (first place)"); empty
   * when veraPDF finds it compliant.
   */
  public static List<String> failures(byte[] pdf) {
    try {
      // veraPDF buffers the file in java.io.tmpdir, which surefire points into target/.
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.getJobEndStatus() != JobEndStatus.NORMAL) {
        return List.of("validation did not finish: " + result.getJobEndStatus());
      }
      if (result.isCompliant()) {
        return List.of();
      }
      Map<String, List<TestAssertion>> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .collect(
                  Collectors.groupingBy(
                      a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()));
      return failed.entrySet().stream()
          .map(
              e ->
                  e.getKey()
                      + " ×"
                      + e.getValue().size()
                      + ": "
                      + e.getValue().get(0).getMessage()
                      + " ("
                      + e.getValue().get(0).getLocation().getContext()
                      + ")")
          .sorted()
          .toList();
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the PDF", e);
    }
  }
}
