package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.consultation.admin.CellInput;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.finalversion.application.FinalPartRow;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import co.gov.icetex.participa.finalversion.application.FinalVersionWorkspace;
import co.gov.icetex.participa.finalversion.application.LinkOption;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/consultas/version-final.xhtml?id=N[&parte=M]}: the final version of a closed
 * consultation. One form per task (start, summary, part, links, new part, publication); each posts
 * to one service call and a refusal is shown next to the form that was sent.
 */
@Named("finalVersionEditor")
@ViewScoped
public class FinalVersionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FinalVersionEditor editor; // a serialisable client proxy

  private Long id;
  private Long partParam;
  private FinalVersionWorkspace view;

  private String summary;
  private Long editingPartId;
  private String numberLabel;
  private String partTitle;
  private String body;
  private List<CellInput> cells = new ArrayList<>();
  private String observation;

  private String addAfter;
  private String addKind;
  private String addNumber;
  private String addTitle;
  private String addBody;

  /** The command's field names this page shows under other names (the part's title). */
  private static final Map<String, String> PAGE_FIELDS = Map.of("title", "partTitle");

  private final FormRefusals refusals = new FormRefusals();
  private String saved;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      refresh();
    } catch (Refusal e) {
      Pages.notFound();
      return;
    }
    summary = view.summary();
    if (partParam != null) {
      startEdit(partParam);
    }
  }

  private void refresh() {
    view = editor.workspace(id);
  }

  private void startEdit(long partId) {
    FinalPartRow p = part(partId);
    if (p == null) {
      return;
    }
    editingPartId = partId; // a removed part is not edited, but its links are
    numberLabel = p.numberLabel();
    partTitle = p.title();
    body = p.body();
    cells =
        new ArrayList<>(p.fields().stream().map(f -> new CellInput(f.label(), f.value())).toList());
  }

  // --- actions ----------------------------------------------------------------------------------

  public void start() {
    attempt("start", () -> editor.start(id), "finalVersion.saved.started");
  }

  public void saveSummary() {
    attempt("summary", () -> editor.describe(id, summary), "finalVersion.saved.summary");
  }

  public void savePart() {
    FinalPartRow p = getEditingPart();
    if (p == null) {
      return;
    }
    PartText text =
        new PartText(
            p.kind(),
            numberLabel,
            partTitle,
            body,
            cells.stream().map(c -> new PartField(c.getLabel(), c.getValue())).toList());
    attempt("part", () -> editor.editPart(id, p.id(), text), "finalVersion.saved.part");
  }

  public void link() {
    FinalPartRow p = getEditingPart();
    if (p == null) {
      return;
    }
    Long observationId = longOrNull(observation);
    attempt("links", () -> editor.link(id, p.id(), observationId), "finalVersion.saved.linked");
    if (!refusals.any()) {
      observation = null;
    }
  }

  public void unlink(long observationId) {
    FinalPartRow p = getEditingPart();
    if (p != null) {
      attempt(
          "links", () -> editor.unlink(id, p.id(), observationId), "finalVersion.saved.unlinked");
    }
  }

  public void addPart() {
    PartKind kind =
        Arrays.stream(PartKind.values())
            .filter(k -> k.name().equals(addKind))
            .findFirst()
            .orElse(null);
    Long after = longOrNull(addAfter);
    long[] added = new long[1];
    attempt(
        "add",
        () ->
            added[0] =
                editor.addPart(id, after, new PartText(kind, addNumber, addTitle, addBody, null)),
        "finalVersion.saved.added");
    if (!refusals.any()) {
      addNumber = null;
      addTitle = null;
      addBody = null;
      startEdit(added[0]);
    }
  }

  public void remove(long partId) {
    attempt("parts", () -> editor.removePart(id, partId), "finalVersion.saved.removed");
    if (Objects.equals(editingPartId, partId)) {
      editingPartId = null;
    }
  }

  public void restore(long partId) {
    attempt("parts", () -> editor.restorePart(id, partId), "finalVersion.saved.restored");
  }

  public void publish() {
    attempt("publish", () -> editor.publish(id), "finalVersion.saved.published");
  }

  private void attempt(String form, Runnable action, String savedKey) {
    refusals.clear();
    saved = null;
    try {
      action.run();
      saved = Messages.get(savedKey);
    } catch (Refusal refused) {
      refusals.refuse(form, refused, PAGE_FIELDS);
    }
    refresh();
  }

  private static Long longOrNull(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private FinalPartRow part(long partId) {
    return view == null
        ? null
        : view.parts().stream().filter(p -> p.id() == partId).findFirst().orElse(null);
  }

  // --- for the page -----------------------------------------------------------------------------

  public String error(String form, String field) {
    return refusals.field(form, field);
  }

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

  public FinalVersionWorkspace getView() {
    return view;
  }

  public FinalPartRow getEditingPart() {
    return editingPartId == null ? null : part(editingPartId);
  }

  /**
   * The observations that may still be linked to the part being edited: those made on that draft
   * part first, then the rest of the consultation's accepted ones.
   */
  public List<LinkOption> getCandidates() {
    FinalPartRow p = getEditingPart();
    if (p == null) {
      return List.of();
    }
    List<Long> linked = p.linked().stream().map(LinkOption::id).toList();
    return view.candidates().stream()
        .filter(o -> !linked.contains(o.id()))
        .sorted(
            Comparator.comparing((LinkOption o) -> !Objects.equals(o.partId(), p.draftPartId()))
                .thenComparing(LinkOption::trackingCode))
        .toList();
  }

  public List<PartKind> getKinds() {
    return List.of(PartKind.values());
  }

  public String indent(int depth) {
    return "\u2003".repeat(Math.max(0, depth));
  }

  // --- form properties --------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPart() {
    return partParam;
  }

  public void setPart(Long part) {
    this.partParam = part;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNumberLabel() {
    return numberLabel;
  }

  public void setNumberLabel(String numberLabel) {
    this.numberLabel = numberLabel;
  }

  public String getPartTitle() {
    return partTitle;
  }

  public void setPartTitle(String partTitle) {
    this.partTitle = partTitle;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<CellInput> getCells() {
    return cells;
  }

  public String getObservation() {
    return observation;
  }

  public void setObservation(String observation) {
    this.observation = observation;
  }

  public String getAddAfter() {
    return addAfter;
  }

  public void setAddAfter(String addAfter) {
    this.addAfter = addAfter;
  }

  public String getAddKind() {
    return addKind;
  }

  public void setAddKind(String addKind) {
    this.addKind = addKind;
  }

  public String getAddNumber() {
    return addNumber;
  }

  public void setAddNumber(String addNumber) {
    this.addNumber = addNumber;
  }

  public String getAddTitle() {
    return addTitle;
  }

  public void setAddTitle(String addTitle) {
    this.addTitle = addTitle;
  }

  public String getAddBody() {
    return addBody;
  }

  public void setAddBody(String addBody) {
    this.addBody = addBody;
  }
}
