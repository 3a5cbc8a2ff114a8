package co.gov.icetex.participa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.browser.AdministratorManagesStaffBrowserChecks;
import co.gov.icetex.participa.browser.CitizenFollowsAChangeToItsObservationsBrowserChecks;
import co.gov.icetex.participa.browser.CitizenReadsResponseReportBrowserChecks;
import co.gov.icetex.participa.browser.CitizenSearchesAndReadsOpenDataBrowserChecks;
import co.gov.icetex.participa.browser.CitizenSubmitsObservationBrowserChecks;
import co.gov.icetex.participa.browser.EditorPublishesConsultationBrowserChecks;
import co.gov.icetex.participa.browser.StaffSignsInBrowserChecks;
import co.gov.icetex.participa.consultation.ConsultationEditingChecks;
import co.gov.icetex.participa.consultation.FinalVersionChecks;
import co.gov.icetex.participa.hearing.HearingChecks;
import co.gov.icetex.participa.moderation.ModerationWorkflowChecks;
import co.gov.icetex.participa.observation.ObservationIntakeChecks;
import co.gov.icetex.participa.privacy.PersonalDataChecks;
import co.gov.icetex.participa.report.ResponseReportChecks;
import co.gov.icetex.participa.search.DiscoveryChecks;
import co.gov.icetex.participa.opendata.OpenObservationsChecks;
import co.gov.icetex.participa.security.AbuseChecks;
import co.gov.icetex.participa.staff.AuthorizationMatrixChecks;
import co.gov.icetex.participa.staff.StaffAdministrationChecks;
import co.gov.icetex.participa.staff.StaffSignInChecks;
import co.gov.icetex.participa.testing.Deployments;
import co.gov.icetex.participa.testing.Portal;
import co.gov.icetex.participa.testing.StaffClient;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration and browser check against one Payara Micro deployment: Arquillian deploys the portal
 * once (with the embedded MariaDB and GreenMail of the test session), and each feature's checks run as a
 * nested class. One start instead of one per class keeps the suite short on two cores.
 *
 * <p>JUnit runs this class's own test before its nested classes: it shares the deployment's address
 * with them (Arquillian enriches only this outer instance).
 */
@ExtendWith(ArquillianExtension.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class PortalIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void theDeployedPortalAnswers() {
    Portal.shareDeployment(base);
    assertEquals(200, new StaffClient(base).get("/").status());
  }

  @Nested @Order(1) class ObservationIntake extends ObservationIntakeChecks {}

  @Nested @Order(2) class StaffSignIn extends StaffSignInChecks {}

  @Nested @Order(3) class StaffAdministration extends StaffAdministrationChecks {}

  @Nested @Order(4) class AuthorizationMatrix extends AuthorizationMatrixChecks {}

  @Nested @Order(5) class ModerationWorkflow extends ModerationWorkflowChecks {}

  @Nested @Order(6) class ConsultationEditing extends ConsultationEditingChecks {}

  @Nested @Order(7) class FinalVersion extends FinalVersionChecks {}

  @Nested @Order(8) class Hearing extends HearingChecks {}

  @Nested @Order(9) class ResponseReport extends ResponseReportChecks {}

  @Nested @Order(10) class Discovery extends DiscoveryChecks {}

  @Nested @Order(11) class PersonalData extends PersonalDataChecks {}

  @Nested @Order(12) class Abuse extends AbuseChecks {}

  @Nested @Order(13) class OpenObservations extends OpenObservationsChecks {}

  @Nested @Order(14) class Campaigns extends co.gov.icetex.participa.campaign.CampaignChecks {}

  @Nested @Order(20) class CitizenSubmitsObservationBrowser extends CitizenSubmitsObservationBrowserChecks {}

  @Nested @Order(21) class CitizenFollowsAChangeBrowser extends CitizenFollowsAChangeToItsObservationsBrowserChecks {}

  @Nested @Order(22) class StaffSignsInBrowser extends StaffSignsInBrowserChecks {}

  @Nested @Order(23) class AdministratorManagesStaffBrowser extends AdministratorManagesStaffBrowserChecks {}

  @Nested @Order(24) class EditorPublishesConsultationBrowser extends EditorPublishesConsultationBrowserChecks {}

  @Nested @Order(25) class CitizenReadsResponseReportBrowser extends CitizenReadsResponseReportBrowserChecks {}

  @Nested @Order(26) class CitizenSearchesAndReadsOpenDataBrowser extends CitizenSearchesAndReadsOpenDataBrowserChecks {}
}
