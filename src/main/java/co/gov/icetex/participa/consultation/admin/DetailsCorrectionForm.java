package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.DetailsCorrection;
import co.gov.icetex.participa.consultation.application.EditorView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The correction of a published consultation's details (form {@code correct}), published as a new
 * version with its change note. Its inputs are named {@code correct…} on a page that also has the
 * draft's details form.
 */
@Named("correctionForm")
@RequestScoped
public class DetailsCorrectionForm {

  private static final Map<String, String> INPUTS =
      Map.of("title", "correctTitle", "summary", "correctSummary", "office", "correctOffice");

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private String title;
  private String summary;
  private String office;
  private String changeNote;

  @PostConstruct
  void fill() {
    EditorView v = page.getView();
    if (v != null) {
      title = v.title();
      summary = v.summary();
      office = v.office();
    }
  }

  public void correct() {
    var correction = new DetailsCorrection(title, summary, office, changeNote);
    if (page.attempt(
        "correct",
        () -> editor.correctDetails(page.getId(), correction),
        "editor.saved.corrected",
        INPUTS)) {
      changeNote = null;
    }
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

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }
}
