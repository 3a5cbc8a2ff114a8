package co.gov.icetex.participa.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff's list of form-letter campaigns, {@code /admin/observaciones/campanas.xhtml}. */
final class CampaignsPage extends Page {

  private CampaignsPage(WebDriver driver) {
    super(driver, By.id("campaigns-table"));
  }

  static CampaignsPage open(WebDriver driver, URL base) {
    get(driver, base, "admin/observaciones/campanas.xhtml");
    return new CampaignsPage(driver);
  }

  /** The row of the campaign its representative's tracking code names. */
  private WebElement rowOf(String representativeCode) {
    return driver.findElement(
        By.xpath(
            "//table[@id='campaigns-table']/tbody/tr[th/a[normalize-space()='"
                + representativeCode
                + "']]"));
  }

  /** The member count the row shows. */
  String countOf(String representativeCode) {
    return rowOf(representativeCode).findElement(By.cssSelector(".campaign-count")).getText();
  }

  /** The representative text the row shows. */
  String textOf(String representativeCode) {
    return rowOf(representativeCode).findElement(By.xpath("td[2]")).getText();
  }

  CampaignPage open(String representativeCode) {
    clickAndWaitForNextPage(rowOf(representativeCode).findElement(By.tagName("a")));
    return new CampaignPage(driver);
  }
}
