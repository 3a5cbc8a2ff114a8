package co.gov.icetex.participa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.testing.Api;
import co.gov.icetex.participa.testing.ObservationJsonBuilder;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import co.gov.icetex.participa.testing.TestConsultations;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * A moderator works through the queue on a desktop browser: the dashboard says what needs them, the
 * queue opens on it, pages through it, opens an observation and comes back to the same place with
 * the filters kept. axe-core checks the dashboard, the queue and the observation page.
 */
public abstract class StaffWorksThroughTheQueueBrowserChecks {

  protected final URL base = Portal.url();

  private static Path profile;
  private static WebDriver driver;

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
  void aModeratorPagesThroughWhatNeedsThemAndComesBackWithTheFiltersKept() throws Exception {
    var own = TestConsultations.openSince(LocalDate.of(2026, 1, 1));
    for (int i = 0; i < 51; i++) {
      var reply =
          new Api(base, "10.78." + i / 250 + "." + i % 250)
              .postJson(
                  "/api/v1/consultations/" + own.slug() + "/observations",
                  ObservationJsonBuilder.anObservation().json());
      assertEquals(201, reply.status(), reply.body());
    }

    StaffDashboardPage dashboard =
        SignInPage.open(driver, base).signIn("moderador@participa.test", StaffClient.DEMO_PASSWORD);
    assertTrue(dashboard.source().contains("por clasificar o asignar"));
    Browser.assertAccessible(driver, "staff dashboard with tasks");

    StaffQueuePage queue = StaffQueuePage.open(driver, base, "consulta=" + own.id());
    assertEquals("Requiere mi acción", queue.view());
    assertEquals("Mostrando 1–50 de 51", queue.count());
    Browser.assertAccessible(driver, "queue: needs my action");

    StaffQueuePage second = queue.goToPage(2);
    assertEquals("Mostrando 51–51 de 51", second.count());
    String code = second.firstCode();

    ObservationReviewPage review = second.openFirst();
    assertEquals("Recibida", review.state());
    assertTrue(review.heading().contains(code));
    Browser.assertAccessible(driver, "observation page with the queue's filters");

    StaffQueuePage back = review.backToTheQueue();
    assertTrue(back.url().contains("consulta=" + own.id()), back.url());
    assertEquals("Mostrando 51–51 de 51", back.count(), "the same page of the same list");
    assertEquals(code, back.firstCode());
  }
}
