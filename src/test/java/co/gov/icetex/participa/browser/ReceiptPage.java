package co.gov.icetex.participa.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /recibida?codigo=…&firma=…}: the confirmation with the tracking code. */
final class ReceiptPage extends Page {

  private static final Pattern CODE_PARAM = Pattern.compile("[?&]codigo=([^&]+)");

  ReceiptPage(WebDriver driver) {
    super(driver, By.id("tracking-code"));
  }

  String trackingCode() {
    return driver.findElement(By.id("tracking-code")).getText().strip();
  }

  /** The part the confirmation says was commented. */
  String partLabel() {
    String term = Bundle.text("receipt.part");
    return driver
        .findElement(
            By.xpath("//main//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"))
        .getText();
  }

  /** Follows "Volver a la consulta", which leads to the part that was commented. */
  ConsultationPage backToConsultation() {
    clickAndWaitForNextPage(driver.findElement(By.id("receipt-back")));
    return new ConsultationPage(driver);
  }

  /** The {@code codigo} parameter of a confirmation page address, or null. */
  static String codeInUrl(String url) {
    Matcher m = CODE_PARAM.matcher(url);
    return m.find() ? m.group(1) : null;
  }
}
