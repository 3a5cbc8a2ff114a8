package co.gov.icetex.participa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.alert.AlertChecks;
import co.gov.icetex.participa.browser.AdministratorManagesStaffBrowserChecks;
import co.gov.icetex.participa.browser.CitizenFollowsAChangeToItsObservationsBrowserChecks;
import co.gov.icetex.participa.browser.CitizenReadsResponseReportBrowserChecks;
import co.gov.icetex.participa.browser.CitizenSearchesAndReadsOpenDataBrowserChecks;
import co.gov.icetex.participa.browser.CitizenSubmitsObservationBrowserChecks;
import co.gov.icetex.participa.browser.CitizenSubscribesToAlertsBrowserChecks;
import co.gov.icetex.participa.browser.EditorPublishesConsultationBrowserChecks;
import co.gov.icetex.participa.browser.StaffSignsInBrowserChecks;
import co.gov.icetex.participa.consultation.ConsultationEditingChecks;
import co.gov.icetex.participa.consultation.FinalVersionChecks;
import co.gov.icetex.participa.hearing.HearingChecks;
import co.gov.icetex.participa.moderation.ModerationWorkflowChecks;
import co.gov.icetex.participa.observation.ObservationIntakeChecks;
import co.gov.icetex.participa.opendata.OpenObservationsChecks;
import co.gov.icetex.participa.privacy.PersonalDataChecks;
import co.gov.icetex.participa.report.ResponseReportChecks;
import co.gov.icetex.participa.search.DiscoveryChecks;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration and browser check against one Payara Micro deployment: Arquillian deploys the
 * portal once (with the embedded MariaDB and GreenMail of the test session), and each feature's
 * checks run as a nested class. One start instead of one per class keeps the suite short on two
 * cores.
 *
 * <p>JUnit runs this class's own test before its nested classes: it shares the deployment's address
 * with them (Arquillian enriches only this outer instance). The nested classes, and the checks in
 * each, run in any order: each makes the data it changes (testing/TestConsultations, TestHearings)
 * and moves the portal's clock only inside a check (testing/PortalClock). To look for a hidden
 * dependency, shuffle them: {@code mvn verify
 * -Djunit.jupiter.testclass.order.default='org.junit.jupiter.api.ClassOrderer$Random'
 * -Djunit.jupiter.testmethod.order.default='org.junit.jupiter.api.MethodOrderer$Random'}.
 */
@ExtendWith(ArquillianExtension.class)
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

  @Nested
  class ObservationIntake extends ObservationIntakeChecks {}

  @Nested
  class StaffSignIn extends StaffSignInChecks {}

  @Nested
  class StaffAdministration extends StaffAdministrationChecks {}

  @Nested
  class AuthorizationMatrix extends AuthorizationMatrixChecks {}

  @Nested
  class ModerationWorkflow extends ModerationWorkflowChecks {}

  @Nested
  class ConsultationEditing extends ConsultationEditingChecks {}

  @Nested
  class FinalVersion extends FinalVersionChecks {}

  @Nested
  class Hearing extends HearingChecks {}

  @Nested
  class ResponseReport extends ResponseReportChecks {}

  @Nested
  class Discovery extends DiscoveryChecks {}

  @Nested
  class PersonalData extends PersonalDataChecks {}

  @Nested
  class Abuse extends AbuseChecks {}

  @Nested
  class OpenObservations extends OpenObservationsChecks {}

  @Nested
  class Alerts extends AlertChecks {}

  @Nested
  class Campaigns extends co.gov.icetex.participa.campaign.CampaignChecks {}

  @Nested
  class CitizenSubmitsObservationBrowser extends CitizenSubmitsObservationBrowserChecks {}

  @Nested
  class CitizenFollowsAChangeBrowser extends CitizenFollowsAChangeToItsObservationsBrowserChecks {}

  @Nested
  class StaffSignsInBrowser extends StaffSignsInBrowserChecks {}

  @Nested
  class AdministratorManagesStaffBrowser extends AdministratorManagesStaffBrowserChecks {}

  @Nested
  class EditorPublishesConsultationBrowser extends EditorPublishesConsultationBrowserChecks {}

  @Nested
  class CitizenReadsResponseReportBrowser extends CitizenReadsResponseReportBrowserChecks {}

  @Nested
  class CitizenSearchesAndReadsOpenDataBrowser
      extends CitizenSearchesAndReadsOpenDataBrowserChecks {}

  @Nested
  class CitizenSubscribesToAlertsBrowser extends CitizenSubscribesToAlertsBrowserChecks {}

  @Nested
  class CitizenForms extends co.gov.icetex.participa.observation.CitizenFormsChecks {}

  @Nested
  class CitizenFormsBrowser extends co.gov.icetex.participa.browser.CitizenFormsBrowserChecks {}

  @Nested
  class StaffQueue extends co.gov.icetex.participa.moderation.StaffQueueChecks {}

  @Nested
  class StaffWorksThroughTheQueueBrowser
      extends co.gov.icetex.participa.browser.StaffWorksThroughTheQueueBrowserChecks {}

  @Nested
  class LongDocument extends co.gov.icetex.participa.consultation.LongDocumentChecks {}

  @Nested
  class CitizenFindsAPartOfALongPlanBrowser
      extends co.gov.icetex.participa.browser.CitizenFindsAPartOfALongPlanBrowserChecks {}

  @Nested
  class ModeratorWorksACampaignBrowser
      extends co.gov.icetex.participa.browser.ModeratorWorksACampaignBrowserChecks {}
}
