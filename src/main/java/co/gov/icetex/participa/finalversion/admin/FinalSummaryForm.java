package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.finalversion.application.FinalSummary;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The summary of changes of the final version (form {@code summary}). */
@Named("finalSummaryForm")
@RequestScoped
public class FinalSummaryForm {

  @Inject FinalVersionBacking page;
  @Inject FinalVersionEditor editor;

  private String summary;

  /** The summary as saved (a post then sets what was sent). */
  @PostConstruct
  void fill() {
    summary = page.getView() == null ? null : page.getView().summary();
  }

  public void save() {
    var text = new FinalSummary(summary);
    page.attempt(
        "summary",
        () -> editor.describe(page.getId(), text),
        "finalVersion.saved.summary",
        Map.of());
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
