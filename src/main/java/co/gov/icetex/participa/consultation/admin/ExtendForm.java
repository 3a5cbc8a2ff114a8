package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.Extension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/**
 * Extending an open or scheduled consultation (form {@code extend}): a later closing and its public
 * notice.
 */
@Named("extendForm")
@RequestScoped
public class ExtendForm {

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private LocalDate extendTo;
  private String extendNotice;

  public void extend() {
    var extension = new Extension(extendTo, extendNotice);
    if (page.attempt(
        "extend",
        () -> editor.extend(page.getId(), extension),
        "editor.saved.extended",
        Map.of())) {
      extendTo = null;
      extendNotice = null;
    }
  }

  public LocalDate getExtendTo() {
    return extendTo;
  }

  public void setExtendTo(LocalDate extendTo) {
    this.extendTo = extendTo;
  }

  public String getExtendNotice() {
    return extendNotice;
  }

  public void setExtendNotice(String extendNotice) {
    this.extendNotice = extendNotice;
  }
}
