package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.domain.DocumentFileType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.Map;

/**
 * The files of a draft (form {@code files}): attach a PDF, XLSX or DOCX with a title, or remove
 * one.
 */
@Named("filesForm")
@RequestScoped
public class FilesForm {

  @Inject EditConsultationBacking page;
  @Inject ConsultationEditor editor;

  private Part fileUpload;
  private String fileTitle;

  public void add() {
    byte[] content = Uploads.read(fileUpload, (int) DocumentFileType.MAX_BYTES + 1);
    String name = Uploads.name(fileUpload);
    if (page.attempt(
        "files",
        () -> editor.addFile(page.getId(), fileTitle, name, content),
        "editor.saved.fileAdded",
        Map.of())) {
      fileTitle = null;
    }
  }

  public void remove(long fileId) {
    page.attempt(
        "files",
        () -> editor.removeFile(page.getId(), fileId),
        "editor.saved.fileRemoved",
        Map.of());
  }

  public Part getFileUpload() {
    return fileUpload;
  }

  public void setFileUpload(Part fileUpload) {
    this.fileUpload = fileUpload;
  }

  public String getFileTitle() {
    return fileTitle;
  }

  public void setFileTitle(String fileTitle) {
    this.fileTitle = fileTitle;
  }
}
