package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.HearingEditor;
import co.gov.icetex.participa.hearing.domain.MaterialKind;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The form that adds a document to the hearing's materials (form id {@code material}). */
@Named("materialForm")
@RequestScoped
public class MaterialBacking {

  @Inject HearingAdminBacking page;
  @Inject HearingEditor editor;

  private MaterialKind kind;
  private String title;
  private Part file;

  public void add() {
    byte[] content = read(file);
    String fileName = file == null ? null : file.getSubmittedFileName();
    if (Actions.runIn(
        "material",
        () -> editor.addMaterial(page.getId(), kind, title, fileName, content),
        "hearing.admin.materialAdded")) {
      kind = null;
      title = null;
    }
  }

  /** At most one byte more than allowed: enough for the service to tell the file is too large. */
  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) HearingEditor.MAX_MATERIAL_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MaterialKind getKind() {
    return kind;
  }

  public void setKind(MaterialKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
