package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.consultation.importing.ImportLimits;
import co.gov.icetex.participa.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.Map;

/**
 * The import form of a draft (form {@code import}): parts read from a DOCX, Markdown, XLSX or CSV
 * file.
 */
@Named("importForm")
@RequestScoped
public class ImportForm {

  private static final Map<String, String> INPUTS =
      Map.of("parent", "importParent", ImportLimits.FIELD, "importFile");

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private Part importFile;
  private PartKind rowKind;
  private String titleColumn;
  private Long importParent;
  private boolean replace;

  public void run() {
    byte[] content = Uploads.read(importFile, ImportLimits.MAX_BYTES + 1);
    String name = Uploads.name(importFile);
    int[] count = new int[1];
    if (page.attempt(
        "import",
        () ->
            count[0] =
                editor.importParts(
                    page.getId(), name, content, rowKind, titleColumn, importParent, replace),
        null,
        INPUTS)) {
      page.said(Messages.get("editor.saved.imported", count[0], name));
    }
  }

  public Part getImportFile() {
    return importFile;
  }

  public void setImportFile(Part importFile) {
    this.importFile = importFile;
  }

  public PartKind getRowKind() {
    return rowKind;
  }

  public void setRowKind(PartKind rowKind) {
    this.rowKind = rowKind;
  }

  public String getTitleColumn() {
    return titleColumn;
  }

  public void setTitleColumn(String titleColumn) {
    this.titleColumn = titleColumn;
  }

  public Long getImportParent() {
    return importParent;
  }

  public void setImportParent(Long importParent) {
    this.importParent = importParent;
  }

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }
}
