package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.DraftDetails;
import co.gov.icetex.participa.consultation.application.EditorView;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/** The details form of a draft (form {@code details}): creates the draft, or saves its details. */
@Named("detailsForm")
@RequestScoped
public class ConsultationDetailsForm {

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private ConsultationType type;
  private String title;
  private String summary;
  private Integer year;
  private String office;

  /** Shows the draft's details, or next year for a new one (a post then sets what was sent). */
  @PostConstruct
  void fill() {
    EditorView v = page.getView();
    if (v == null) {
      year = LocalDate.now(AppClock.BOGOTA).getYear() + 1;
      return;
    }
    type = v.type();
    title = v.title();
    summary = v.summary();
    year = v.year();
    office = v.office();
  }

  public void save() {
    DraftDetails details = new DraftDetails(type, title, summary, year, office);
    if (page.isNew()) {
      long[] created = new long[1];
      if (page.attempt("details", () -> created[0] = editor.createDraft(details), null, Map.of())) {
        Pages.redirect("/admin/consultas/editar.xhtml", Map.of("id", Long.toString(created[0])));
      }
    } else {
      page.attempt(
          "details",
          () -> editor.updateDraft(page.getId(), details),
          "editor.saved.details",
          Map.of());
    }
  }

  public ConsultationType getType() {
    return type;
  }

  public void setType(ConsultationType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }
}
