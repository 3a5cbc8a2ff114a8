package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The form that adds a point to the hearing's agenda (form id {@code agenda}). */
@Named("agendaForm")
@RequestScoped
public class AgendaItemBacking {

  @Inject HearingAdminBacking page;
  @Inject HearingEditor editor;

  private String time;
  private String title;
  private String speaker;

  public void add() {
    if (Actions.runIn(
        "agenda",
        () -> editor.addAgendaItem(page.getId(), time, title, speaker),
        "hearing.admin.agendaAdded")) {
      time = null;
      title = null;
      speaker = null;
    }
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }
}
