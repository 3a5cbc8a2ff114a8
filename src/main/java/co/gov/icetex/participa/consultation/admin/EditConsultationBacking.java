package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.application.ConsultationEditor;
import co.gov.icetex.participa.consultation.application.DraftDetails;
import co.gov.icetex.participa.consultation.application.EditorPart;
import co.gov.icetex.participa.consultation.application.EditorRefused;
import co.gov.icetex.participa.consultation.application.EditorView;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.DocumentFileType;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.consultation.importing.ImportLimits;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/consultas/editar.xhtml?id=N} (or without id: a new draft). One form per task
 * (details, part, import, files, publication, extension, early closing, correction); each posts to
 * one service call, and a refusal is shown next to the fields of the form that was sent.
 */
@Named("editConsultation")
@ViewScoped
public class EditConsultationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsultationEditor editor; // a serialisable client proxy

  private Long id;
  private Long partParam;
  private EditorView view;
  private List<String> offices = List.of();

  // details (draft) and correction of the details (published)
  private String type;
  private String title;
  private String summary;
  private String year;
  private String office;
  private String changeNote;

  // part form: adding (editingPartId null) or editing / correcting one part
  private Long editingPartId;
  private String partKind;
  private String parentId;
  private String numberLabel;
  private String partTitle;
  private String body;
  private List<CellInput> cells = new ArrayList<>();
  private String partNote;

  // import
  private transient Part importFile;
  private String rowKind;
  private String titleColumn;
  private String importParent;
  private boolean replace;

  // files
  private transient Part fileUpload;
  private String fileTitle;

  // window
  private String opensOn;
  private String closesOn;
  private String justification;
  private String extendTo;
  private String extendNotice;
  private String closeNotice;

  private final FormRefusals refusals = new FormRefusals();
  private String saved;

  public void load() {
    offices = editor.activeOffices();
    if (id == null) {
      year = Integer.toString(LocalDate.now(AppClock.BOGOTA).getYear() + 1);
      return;
    }
    try {
      refresh();
    } catch (EditorRefused e) {
      Pages.notFound();
      return;
    }
    type = view.type().name();
    title = view.title();
    summary = view.summary();
    year = Integer.toString(view.year());
    office = view.office();
    if (partParam != null) {
      startEdit(partParam);
    }
  }

  private void refresh() {
    view = editor.view(id);
  }

  // --- actions ----------------------------------------------------------------------------------

  public void saveDetails() {
    DraftDetails details = new DraftDetails(typeValue(), title, summary, intOrNull(year), office);
    if (id == null) {
      attempt("details", () -> {
        long created = editor.createDraft(details);
        Pages.redirect("/admin/consultas/editar.xhtml", Map.of("id", Long.toString(created)));
      }, null);
    } else {
      attempt("details", () -> editor.updateDraft(id, details), "editor.saved.details");
    }
  }

  public void correctDetails() {
    attempt("correct", () -> editor.correctDetails(id, title, summary, office, changeNote), "editor.saved.corrected");
    if (!refusals.any()) {
      changeNote = null;
    }
  }

  public void startEdit(long partId) {
    EditorPart p = view.parts().stream().filter(x -> x.id() == partId).findFirst().orElse(null);
    if (p == null) {
      return;
    }
    editingPartId = partId;
    partKind = p.kind().name();
    numberLabel = p.numberLabel();
    partTitle = p.title();
    body = p.body();
    cells = new ArrayList<>(p.fields().stream().map(f -> new CellInput(f.label(), f.value())).toList());
    partNote = null;
    clearErrors();
  }

  public void cancelEdit() {
    editingPartId = null;
    resetPartForm();
  }

  public void savePart() {
    PartText text = new PartText(kindValue(partKind), numberLabel, partTitle, body,
        cells.stream().map(c -> new PartField(c.getLabel(), c.getValue())).toList());
    if (editingPartId == null) {
      attempt("part", () -> editor.addPart(id, longOrNull(parentId), text), "editor.saved.partAdded");
    } else if (view.draft()) {
      attempt("part", () -> editor.editPart(id, editingPartId, text), "editor.saved.part");
    } else {
      attempt("part", () -> editor.correctPart(id, editingPartId, text, partNote), "editor.saved.corrected");
    }
    if (!refusals.any()) {
      editingPartId = null;
      resetPartForm();
    }
  }

  public void removePart(long partId) {
    attempt("parts", () -> editor.removePart(id, partId), "editor.saved.partRemoved");
  }

  public void move(long partId, boolean up) {
    attempt("parts", () -> editor.movePart(id, partId, up), "editor.saved.partMoved");
  }

  public void importParts() {
    if (importFile == null || importFile.getSize() == 0) {
      fail("import", "importFile", "editor.error.fileRequired");
      return;
    }
    byte[] content = read(importFile, ImportLimits.MAX_BYTES + 1);
    String name = importFile.getSubmittedFileName();
    int[] count = new int[1];
    attempt("import", () -> count[0] = editor.importParts(
        id, name, content, kindValue(rowKind), titleColumn, longOrNull(importParent), replace), null);
    if (!refusals.any()) {
      saved = Messages.get("editor.saved.imported", count[0], name);
    }
  }

  public void addFile() {
    if (fileUpload == null || fileUpload.getSize() == 0) {
      fail("files", "fileUpload", "editor.error.fileRequired");
      return;
    }
    byte[] content = read(fileUpload, (int) DocumentFileType.MAX_BYTES + 1);
    attempt("files", () -> editor.addFile(id, fileTitle, fileUpload.getSubmittedFileName(), content),
        "editor.saved.fileAdded");
    if (!refusals.any()) {
      fileTitle = null;
    }
  }

  public void removeFile(long fileId) {
    attempt("files", () -> editor.removeFile(id, fileId), "editor.saved.fileRemoved");
  }

  public void publish() {
    attempt("publish", () -> editor.publish(id, date(opensOn), date(closesOn), justification), "editor.saved.published");
  }

  public void extend() {
    attempt("extend", () -> editor.extend(id, date(extendTo), extendNotice), "editor.saved.extended");
    if (!refusals.any()) {
      extendNotice = null;
      extendTo = null;
    }
  }

  public void closeEarly() {
    attempt("close", () -> editor.closeEarly(id, closeNotice), "editor.saved.closed");
    if (!refusals.any()) {
      closeNotice = null;
    }
  }

  private void attempt(String form, Runnable action, String savedKey) {
    clearErrors();
    try {
      action.run();
      if (savedKey != null) {
        saved = Messages.get(savedKey);
      }
    } catch (EditorRefused refused) {
      refusals.refuse(form, refused.errors().ordered());
    }
    if (id != null) {
      refresh();
    }
  }

  private void fail(String form, String field, String key) {
    clearErrors();
    refusals.refuse(form, Map.of(field, Messages.get(key)));
  }

  private void clearErrors() {
    refusals.clear();
    saved = null;
  }

  private void resetPartForm() {
    partKind = null;
    numberLabel = null;
    partTitle = null;
    body = null;
    cells = new ArrayList<>();
    partNote = null;
  }

  private static byte[] read(Part part, int max) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ConsultationType typeValue() {
    return Arrays.stream(ConsultationType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
  }

  private static PartKind kindValue(String kind) {
    return Arrays.stream(PartKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
  }

  private static Integer intOrNull(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long longOrNull(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // --- for the page -----------------------------------------------------------------------------

  /** The message for {@code field} when {@code form} was the form sent and refused; else null. */
  public String error(String form, String field) {
    return refusals.field(form, field);
  }

  /** Messages about the whole form {@code form}, or about fields the form does not show. */
  public String generalError(String form) {
    return refusals.general(form);
  }

  public boolean hasErrors() {
    return refusals.any();
  }

  public Map<String, String> getErrors() {
    return refusals.all();
  }

  public String getSaved() {
    return saved;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isDraft() {
    return view == null || view.draft();
  }

  public EditorView getView() {
    return view;
  }

  public EditorPart getEditingPart() {
    return editingPartId == null || view == null ? null
        : view.parts().stream().filter(p -> p.id() == editingPartId).findFirst().orElse(null);
  }

  public boolean isEditingRow() {
    EditorPart p = getEditingPart();
    return p != null && p.tableRow();
  }

  public List<String> getOffices() {
    return offices;
  }

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  public List<PartKind> getTextKinds() {
    return Arrays.stream(PartKind.values()).filter(k -> !k.isTableRow()).toList();
  }

  public List<PartKind> getRowKinds() {
    return Arrays.stream(PartKind.values()).filter(PartKind::isTableRow).toList();
  }

  /** Parts that can hold others (text parts), for the "under" selects. */
  public List<EditorPart> getContainers() {
    return view == null ? List.of() : view.parts().stream().filter(p -> !p.tableRow()).toList();
  }

  public String getPublishLead() {
    return Messages.get("editor.publish.lead", editor.minimumWindow().toDays());
  }

  /** The last day of the window as people count it (the window closes at the start of the next day). */
  public LocalDate lastDay(Instant closesAt) {
    return closesAt == null ? null : LocalDate.ofInstant(closesAt.minusNanos(1000), AppClock.BOGOTA);
  }

  public String indent(int depth) {
    return "\u2003".repeat(Math.max(0, depth));
  }

  // --- form properties --------------------------------------------------------------------------

  public Long getPart() { return partParam; }
  public void setPart(Long part) { this.partParam = part; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getYear() { return year; }
  public void setYear(String year) { this.year = year; }
  public String getOffice() { return office; }
  public void setOffice(String office) { this.office = office; }
  public String getChangeNote() { return changeNote; }
  public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
  public Long getEditingPartId() { return editingPartId; }
  public String getPartKind() { return partKind; }
  public void setPartKind(String partKind) { this.partKind = partKind; }
  public String getParentId() { return parentId; }
  public void setParentId(String parentId) { this.parentId = parentId; }
  public String getNumberLabel() { return numberLabel; }
  public void setNumberLabel(String numberLabel) { this.numberLabel = numberLabel; }
  public String getPartTitle() { return partTitle; }
  public void setPartTitle(String partTitle) { this.partTitle = partTitle; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public List<CellInput> getCells() { return cells; }
  public String getPartNote() { return partNote; }
  public void setPartNote(String partNote) { this.partNote = partNote; }
  public Part getImportFile() { return importFile; }
  public void setImportFile(Part importFile) { this.importFile = importFile; }
  public String getRowKind() { return rowKind; }
  public void setRowKind(String rowKind) { this.rowKind = rowKind; }
  public String getTitleColumn() { return titleColumn; }
  public void setTitleColumn(String titleColumn) { this.titleColumn = titleColumn; }
  public String getImportParent() { return importParent; }
  public void setImportParent(String importParent) { this.importParent = importParent; }
  public boolean isReplace() { return replace; }
  public void setReplace(boolean replace) { this.replace = replace; }
  public Part getFileUpload() { return fileUpload; }
  public void setFileUpload(Part fileUpload) { this.fileUpload = fileUpload; }
  public String getFileTitle() { return fileTitle; }
  public void setFileTitle(String fileTitle) { this.fileTitle = fileTitle; }
  public String getOpensOn() { return opensOn; }
  public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
  public String getClosesOn() { return closesOn; }
  public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
  public String getJustification() { return justification; }
  public void setJustification(String justification) { this.justification = justification; }
  public String getExtendTo() { return extendTo; }
  public void setExtendTo(String extendTo) { this.extendTo = extendTo; }
  public String getExtendNotice() { return extendNotice; }
  public void setExtendNotice(String extendNotice) { this.extendNotice = extendNotice; }
  public String getCloseNotice() { return closeNotice; }
  public void setCloseNotice(String closeNotice) { this.closeNotice = closeNotice; }
}
