package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The button that publishes a draft hearing (form id {@code publish}). */
@Named("hearingPublication")
@RequestScoped
public class HearingPublicationBacking {

  @Inject HearingAdminBacking page;
  @Inject HearingEditor editor;

  public void publish() {
    Actions.runIn("publish", () -> editor.publish(page.getId()), "hearing.admin.published.done");
  }
}
