package co.gov.icetex.participa.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One campaign, {@code /admin/observaciones/campana.xhtml?id=}: its count, representative text and
 * members; a moderator splits a member off and triages the whole campaign.
 */
final class CampaignPage extends Page {

  CampaignPage(WebDriver driver) {
    super(driver, By.id("members-table"));
  }

  /** "Esta campaña agrupa N observaciones." */
  String summary() {
    return driver.findElement(By.id("campaign-summary")).getText();
  }

  String representativeText() {
    return driver.findElement(By.id("campaign-text")).getText();
  }

  /** The members' tracking codes, oldest first. */
  List<String> memberCodes() {
    return driver.findElements(By.cssSelector("#members-table tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Presses "Separar de la campaña" on the member's row; the page shows the campaign again. */
  CampaignPage splitOff(String code) {
    WebElement row =
        driver.findElement(
            By.xpath(
                "//table[@id='members-table']/tbody/tr[th/a[normalize-space()='" + code + "']]"));
    clickAndWaitForNextPage(row.findElement(By.cssSelector("input[type=submit], button")));
    return new CampaignPage(driver);
  }

  /** Triages every member at once with the decision's value (e.g. PUBLISHABLE). */
  CampaignPage triageAll(String decision) {
    new Select(driver.findElement(By.id("campaignTriage:decision"))).selectByValue(decision);
    clickAndWaitForNextPage(driver.findElement(By.id("campaignTriage:save")));
    return new CampaignPage(driver);
  }

  /** What the page's main part says, its messages about what was just done included. */
  String shownText() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
