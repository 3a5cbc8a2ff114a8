package co.gov.icetex.participa.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments. The integration tests deploy the WAR that {@code mvn verify} has just
 * packaged, exactly as it ships:
 *
 * <pre>{@code
 * @Deployment(testable = false)
 * static WebArchive deployment() { return Deployments.portal(); }
 *
 * @ArquillianResource URL base; // http://127.0.0.1:<random port>/participa/
 * }</pre>
 *
 * <p>The archive is named {@code participa.war}, so in the tests its context root is {@code
 * /participa} (not {@code /} as in production): build URLs from the injected
 * {@code @ArquillianResource URL}, never by hand. Each test class with its own {@code @Deployment}
 * starts a new Payara Micro (~12 s): group tests.
 */
public final class Deployments {

  public static final String NAME = "participa.war";

  private Deployments() {}

  /** The packaged WAR, from the system property {@code participa.war} (set by failsafe). */
  public static WebArchive portal() {
    File war = new File(System.getProperty("participa.war", "target/" + NAME));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "WAR not found: "
              + war.getAbsolutePath()
              + " (integration tests run after the package phase: mvn verify)");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    if (!NAME.equals(archive.getName())) {
      archive = ShrinkWrap.create(WebArchive.class, NAME).merge(archive);
    }
    return archive;
  }
}
