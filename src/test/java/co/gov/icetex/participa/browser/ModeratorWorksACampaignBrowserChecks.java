package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.Eventually;
import co.gov.icetex.participa.testing.ObservationJsonBuilder;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestConsultations;
import co.gov.icetex.participa.testing.TestDatabase;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A moderator works a form-letter campaign in the browser: four citizens send variants of one
 * letter to a consultation of the check's own (through the public API, as any submission), the
 * grouping job groups them after intake (the check waits for that, it does not sleep), and the
 * moderator finds the campaign in the list with its count and representative text, opens it, splits
 * one member off (as one that does not belong) and triages the rest at once. axe-core checks both
 * pages.
 */
public abstract class ModeratorWorksACampaignBrowserChecks {

  protected final URL base = Portal.url();

  private static final String LETTER =
      "Como deudor del ICETEX pedimos que la consulta sobre el plan de alivios incluya un"
          + " periodo de gracia de seis meses para quienes terminan sus estudios sin empleo, que la"
          + " refinanciación se pueda pedir en línea sin codeudor nuevo y que las cuotas nunca superen"
          + " el diez por ciento del ingreso mensual de la familia, como ocurre en otros países de la"
          + " región con créditos educativos públicos.";

  private static final List<String> VARIANTS =
      List.of(
          LETTER,
          "Buenos días. " + LETTER + " Atentamente, Camilo Rueda, Bucaramanga.",
          LETTER.replace("pedimos", "pedmos").replace("familia", "famila"),
          LETTER + " Pueden escribirme a camilo.rueda@example.co.");

  private static Path profile;
  private static WebDriver driver;

  /** Each citizen writes from an address of their own, as the intake limits expect. */
  private int citizens;

  @BeforeAll
  static void startBrowser() {
    profile = Browser.newProfile();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowser() {
    Browser.quit(driver, profile);
  }

  @Test
  void aModeratorSplitsOffAMemberAndTriagesTheWholeCampaign() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2025, 1, 1));
    var codes = new ArrayList<String>();
    for (String text : VARIANTS) {
      codes.add(submit(own.slug(), text));
    }
    awaitOneCampaign(codes);

    SignInPage.open(driver, base).signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    CampaignsPage list = CampaignsPage.open(driver, base);
    Browser.assertAccessible(driver, "form-letter campaigns");
    String representative = codes.get(0);
    assertEquals("4", list.countOf(representative));
    assertEquals(LETTER, list.textOf(representative), "the earliest member represents it");

    CampaignPage campaign = list.open(representative);
    Browser.assertAccessible(driver, "one campaign and its members");
    assertEquals("Esta campaña agrupa 4 observaciones.", campaign.summary());
    assertEquals(LETTER, campaign.representativeText());
    assertEquals(codes, campaign.memberCodes(), "its members, oldest first");

    String leaving = codes.get(3);
    campaign = campaign.splitOff(leaving);
    assertTrue(
        campaign.shownText().contains("La observación " + leaving + " se separó de la campaña."),
        campaign.shownText());
    assertEquals("Esta campaña agrupa 3 observaciones.", campaign.summary());
    assertEquals(codes.subList(0, 3), campaign.memberCodes());
    Browser.assertAccessible(driver, "one campaign after a split-off");

    campaign = campaign.triageAll("PUBLISHABLE");
    assertTrue(
        campaign
            .shownText()
            .contains("3 de 3 observaciones se clasificaron; 0 ya estaban en trámite."),
        campaign.shownText());
    Browser.assertAccessible(driver, "one campaign after its triage");
    assertEquals(
        3,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE triage = 'PUBLISHABLE' AND tracking_code IN (?, ?, ?)",
            codes.get(0),
            codes.get(1),
            codes.get(2)));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT COUNT(*) FROM observation WHERE triage IS NOT NULL AND tracking_code = ?",
            leaving),
        "the member split off is left to be triaged on its own");
  }

  private String submit(String slug, String text) {
    var reply =
        new Api(base, "10.94." + ++citizens + ".1")
            .postJson(
                "/api/v1/consultations/" + slug + "/observations",
                ObservationJsonBuilder.anObservation()
                    .with("authorName", "Autora " + UUID.randomUUID())
                    .with("text", text)
                    .json());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("trackingCode");
  }

  /** Grouping runs after intake (the job): wait until all are grouped into one campaign. */
  private static void awaitOneCampaign(List<String> codes) throws Exception {
    String marks = String.join(",", Collections.nCopies(codes.size(), "?"));
    Eventually.until(
        () ->
            TestDatabase.count(
                    "SELECT COUNT(*) FROM observation WHERE grouped_at IS NOT NULL AND tracking_code IN ("
                        + marks
                        + ")",
                    codes.toArray())
                == codes.size(),
        Duration.ofSeconds(40),
        "grouped: " + codes);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT COUNT(DISTINCT campaign_id) FROM observation WHERE campaign_id IS NOT NULL"
                + " AND tracking_code IN ("
                + marks
                + ")",
            codes.toArray()),
        "the variants form one campaign");
  }
}
