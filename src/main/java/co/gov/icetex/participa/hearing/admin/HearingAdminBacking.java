package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.MaterialKind;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The staff page of the hearings ({@code admin/audiencias/}): the list, and the hearing chosen. Its
 * forms have their own beans (CreateHearingBacking, AgendaItemBacking, MaterialBacking,
 * WindowsBacking, HearingPublicationBacking, MemoriaPublicationBacking); every rule is in the
 * services.
 */
@Named("hearingAdmin")
@ViewScoped
public class HearingAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HearingEditor editor;
  @Inject OfficeDirectory offices;

  private Long id;

  public List<Hearing> getAll() {
    return editor.all();
  }

  public Hearing getHearing() {
    return id == null ? null : editor.find(id);
  }

  public List<String> getOffices() {
    return offices.activeOffices().stream().map(Office::getName).toList();
  }

  public MaterialKind[] getMaterialKinds() {
    return MaterialKind.values();
  }

  /** The forms' times are Bogotá wall-clock times. */
  static Instant bogota(LocalDateTime time) {
    return time == null ? null : time.atZone(AppClock.BOGOTA).toInstant();
  }

  static LocalDateTime bogota(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, AppClock.BOGOTA).withSecond(0).withNano(0);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
