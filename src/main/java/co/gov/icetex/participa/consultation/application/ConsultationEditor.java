package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationFile;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.DocumentFileType;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.consultation.importing.ContentImporter;
import co.gov.icetex.participa.consultation.importing.ImportedPart;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.files.FileSignature;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violations;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What editors do with consultations: drafts and their content (typed or imported), files,
 * scheduling and publishing, extending or closing early with a public notice, and corrections of
 * published text as new versions. Every method requires the EDITOR role, runs in one transaction
 * and records an audit event in it. Each change is a command record, validated here ({@link
 * CommandValidator}) with the rules only the service can check added; a refused change ({@link
 * Refusal}, also thrown by the consultation's own rules) rolls back and leaves nothing saved.
 */
@ApplicationScoped
@Transactional
public class ConsultationEditor {

  public static final int MAX_TITLE = 300;
  public static final int MAX_SUMMARY = 5_000;
  public static final int MAX_NOTE = 2_000;
  public static final int MAX_NUMBER = 40;
  private static final String TARGET = "Consultation";

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject OfficeDirectory offices;
  @Inject AuditLog audit;
  @Inject Settings settings;
  @Inject Caller caller;
  @Inject Event<ConsultationChanged> changed;
  @Inject CommentedParts commentedParts;
  @Inject CommandValidator validator;

  // --- reading ----------------------------------------------------------------------------------

  @RequiresRole(Roles.EDITOR)
  public List<EditorListItem> all() {
    Instant now = clock.now();
    List<Object[]> rows =
        em.createQuery(
                "SELECT c, (SELECT COUNT(p) FROM ConsultationPart p WHERE p.consultation = c) FROM Consultation c "
                    + "ORDER BY c.updatedAt DESC",
                Object[].class)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Consultation c = (Consultation) r[0];
              return new EditorListItem(
                  c.getId(),
                  c.getSlug(),
                  c.getTitle(),
                  c.getType(),
                  c.getYear(),
                  c.stateAt(now),
                  c.getWindow() == null ? null : c.getWindow().getOpensAt(),
                  c.getWindow() == null ? null : c.getWindow().getClosesAt(),
                  ((Number) r[1]).longValue());
            })
        .toList();
  }

  /**
   * The names of the active offices, for the office select (a consultation keeps the office's
   * name).
   */
  @RequiresRole(Roles.EDITOR)
  public List<String> activeOffices() {
    return offices.activeOffices().stream().map(Office::getName).toList();
  }

  @RequiresRole(Roles.EDITOR)
  public EditorView view(long id) {
    Consultation c = find(id);
    Instant now = clock.now();
    Set<Long> commented = commentedParts.of(c.getId());
    List<EditorPart> parts =
        c.getParts().stream().map(p -> EditorPart.of(p, commented.contains(p.getId()))).toList();
    List<FileSummary> files =
        c.getFiles().stream()
            .map(
                f ->
                    new FileSummary(
                        f.getId(),
                        f.getTitle(),
                        f.getFile().getFileName(),
                        f.getFile().getMediaType(),
                        f.getFile().getSizeBytes()))
            .toList();
    return new EditorView(
        c.getId(),
        c.getSlug(),
        c.getType(),
        c.getTitle(),
        c.getSummary(),
        c.getYear(),
        c.getOffice(),
        c.stateAt(now),
        c.getWindow() == null ? null : c.getWindow().getOpensAt(),
        c.getWindow() == null ? null : c.getWindow().getClosesAt(),
        c.getShortWindowReason(),
        c.getContentVersion(),
        parts,
        files,
        c.getNotices().stream().map(NoticeView::of).toList(),
        c.getRevisions().stream().map(RevisionView::of).toList(),
        c.hidesObservations(),
        c.getObservationsHiddenReason());
  }

  @RequiresRole(Roles.EDITOR)
  public Duration minimumWindow() {
    return Duration.ofDays(settings.consultationMinimumDays());
  }

  // --- drafts -----------------------------------------------------------------------------------

  @RequiresRole(Roles.EDITOR)
  public long createDraft(DraftDetails details) {
    DraftDetails d = checked(details);
    var c =
        Consultation.draft(
            uniqueSlug(d.title(), d.year()),
            d.type(),
            d.title(),
            d.summary(),
            d.year(),
            d.office(),
            clock.now());
    em.persist(c);
    em.flush();
    record("CONSULTATION_CREATED", c, null, state(c));
    return c.getId();
  }

  @RequiresRole(Roles.EDITOR)
  public void updateDraft(long id, DraftDetails details) {
    DraftDetails d = checked(details);
    Consultation c = find(id);
    String before = state(c);
    c.editDraft(d.type(), d.title(), d.summary(), d.year(), d.office(), clock.now());
    record("CONSULTATION_EDITED", c, before, state(c));
  }

  @RequiresRole(Roles.EDITOR)
  public long addPart(long id, Long parentId, PartText text) {
    Consultation c = find(id);
    PartText t = checked(text, true);
    ConsultationPart parent = parentId == null ? null : part(c, parentId);
    ConsultationPart part =
        c.insertPart(parent, t.kind(), t.numberLabel(), t.title(), t.body(), cells(t));
    em.flush();
    record("CONSULTATION_PART_ADDED", c, null, partState(part));
    return part.getId();
  }

  @RequiresRole(Roles.EDITOR)
  public void editPart(long id, long partId, PartText text) {
    Consultation c = find(id);
    ConsultationPart part = part(c, partId);
    PartText t = checked(text, false);
    String before = partState(part);
    c.editDraftPart(part, t.numberLabel(), t.title(), t.body(), cells(t));
    record("CONSULTATION_PART_EDITED", c, before, partState(part));
  }

  @RequiresRole(Roles.EDITOR)
  public void removePart(long id, long partId) {
    Consultation c = find(id);
    ConsultationPart part = part(c, partId);
    String before = partState(part);
    Set<Long> commented = commentedParts.of(c.getId());
    List<ConsultationPart> removed = c.removePart(part, p -> commented.contains(p.getId()));
    delete(removed);
    record(
        "CONSULTATION_PART_REMOVED",
        c,
        before,
        json().add("removedParts", removed.size()).build().toString());
  }

  @RequiresRole(Roles.EDITOR)
  public void movePart(long id, long partId, boolean up) {
    Consultation c = find(id);
    ConsultationPart part = part(c, partId);
    String before =
        json().add("partId", partId).add("position", part.getPosition()).build().toString();
    c.movePart(part, up);
    record(
        "CONSULTATION_PART_MOVED",
        c,
        before,
        json().add("partId", partId).add("position", part.getPosition()).build().toString());
  }

  /**
   * Adds the parts read from a file under {@code parentId} (or at the end of the document), after
   * removing every existing part when {@code replace}. Returns how many parts were added.
   */
  @RequiresRole(Roles.EDITOR)
  public int importParts(
      long id,
      String fileName,
      byte[] content,
      PartKind rowKind,
      String titleColumn,
      Long parentId,
      boolean replace) {
    Consultation c = find(id);
    if (!c.isDraft()) {
      throw Refusal.of(Refusal.Reason.CONFLICT, "editor.error.published");
    }
    if (content == null || content.length == 0) {
      throw refusal("importFile", "editor.error.fileRequired");
    }
    ContentImporter.Result result = ContentImporter.read(fileName, content, rowKind, titleColumn);
    String before = state(c);
    if (replace) {
      Set<Long> commented = commentedParts.of(c.getId());
      delete(c.removeAllParts(p -> commented.contains(p.getId())));
    }
    ConsultationPart parent = parentId == null || replace ? null : part(c, parentId);
    insert(c, parent, result.parts());
    em.flush();
    record(
        "CONSULTATION_PARTS_IMPORTED",
        c,
        before,
        json()
            .add("file", fileName == null ? "" : fileName)
            .add("imported", result.count())
            .add("replace", replace)
            .add("parts", c.getParts().size())
            .build()
            .toString());
    return result.count();
  }

  private static void insert(Consultation c, ConsultationPart parent, List<ImportedPart> parts) {
    for (ImportedPart p : parts) {
      ConsultationPart added =
          c.insertPart(parent, p.kind(), p.numberLabel(), p.title(), p.body(), p.fields());
      insert(c, added, p.children());
    }
  }

  @RequiresRole(Roles.EDITOR)
  public long addFile(long id, String title, String fileName, byte[] content) {
    Consultation c = find(id);
    if (content == null || content.length == 0) {
      throw refusal("fileUpload", "editor.error.fileRequired");
    }
    if (content.length > DocumentFileType.MAX_BYTES) {
      throw refusal("fileUpload", "editor.error.fileTooLarge");
    }
    String name = safeFileName(fileName);
    DocumentFileType byName = DocumentFileType.byFileName(name).orElse(null);
    if (FileSignature.inspect(content).suspicious()) {
      throw refusal("fileUpload", "validation.file.zipBomb");
    }
    if (byName == null || DocumentFileType.byContent(content).orElse(null) != byName) {
      throw refusal("fileUpload", "editor.error.fileType");
    }
    String shown = PlainText.singleLine(title);
    if (shown == null || shown.isEmpty()) {
      shown = name.substring(0, name.lastIndexOf('.'));
    }
    if (shown.length() > MAX_TITLE) {
      throw refusal("fileTitle", "editor.error.tooLong", MAX_TITLE);
    }
    String fileTitle = shown;
    ConsultationFile file = c.attachFile(fileTitle, name, byName.mediaType(), content);
    em.flush();
    record(
        "CONSULTATION_FILE_ADDED",
        c,
        null,
        json()
            .add("fileId", file.getId())
            .add("fileName", name)
            .add("sha256", file.getFile().getSha256())
            .build()
            .toString());
    return file.getId();
  }

  @RequiresRole(Roles.EDITOR)
  public void removeFile(long id, long fileId) {
    Consultation c = find(id);
    ConsultationFile file =
        c.getFiles().stream()
            .filter(f -> f.getId() == fileId)
            .findFirst()
            .orElseThrow(() -> refusal("", "editor.error.noSuchFile"));
    String before =
        json()
            .add("fileId", fileId)
            .add("fileName", file.getFile().getFileName())
            .build()
            .toString();
    c.removeFile(file);
    record("CONSULTATION_FILE_REMOVED", c, before, null);
  }

  // --- publication and the window ---------------------------------------------------------------

  /**
   * Publishes a draft for comment from the start of {@code opensOn} to the end of {@code closesOn}
   * (Bogotá dates). A window shorter than the configured minimum needs the justification.
   */
  @RequiresRole(Roles.EDITOR)
  public void publish(long id, Publication publication) {
    validator.check(publication);
    Consultation c = find(id);
    String before = state(c);
    c.schedule(
        CommentWindow.ofBogotaDates(publication.opensOn(), publication.closesOn()),
        minimumWindow(),
        publication.justification(),
        clock.now());
    record("CONSULTATION_PUBLISHED", c, before, state(c));
  }

  /** Moves the closing to the end of the extension's date (Bogotá), with a public notice. */
  @RequiresRole(Roles.EDITOR)
  public void extend(long id, Extension extension) {
    validator.check(extension);
    Consultation c = find(id);
    String before = state(c);
    Instant closesAt = extension.extendTo().plusDays(1).atStartOfDay(AppClock.BOGOTA).toInstant();
    c.extend(closesAt, extension.extendNotice(), caller.name(), clock.now());
    record("CONSULTATION_EXTENDED", c, before, state(c));
  }

  @RequiresRole(Roles.EDITOR)
  public void closeEarly(long id, EarlyClosing closing) {
    validator.check(closing);
    Consultation c = find(id);
    String before = state(c);
    c.closeEarly(closing.closeNotice(), caller.name(), clock.now());
    record("CONSULTATION_CLOSED_EARLY", c, before, state(c));
  }

  // --- observations in the open -----------------------------------------------------------------

  /**
   * Shows or stops showing, on the public pages, the observations accepted as publishable before
   * the report. Hiding them needs a reason, kept in the audit trail.
   */
  @RequiresRole(Roles.EDITOR)
  public void showObservations(long id, ObservationsVisibility visibility) {
    validator.check(visibility);
    Consultation c = find(id);
    String before = state(c);
    if (visibility.shown()) {
      c.showObservations(clock.now());
    } else {
      c.hideObservations(visibility.reason(), clock.now());
    }
    record(
        visibility.shown() ? "CONSULTATION_OBSERVATIONS_SHOWN" : "CONSULTATION_OBSERVATIONS_HIDDEN",
        c,
        before,
        state(c));
  }

  // --- corrections ------------------------------------------------------------------------------

  @RequiresRole(Roles.EDITOR)
  public void correctDetails(long id, DetailsCorrection correction) {
    DetailsCorrection d = correction;
    activeOffice(d.office(), validator.violationsOf(d)).throwIfAny();
    Consultation c = find(id);
    String before = state(c);
    var revision =
        c.correctMetadata(
            d.title(), d.summary(), d.office(), d.changeNote(), caller.name(), clock.now());
    record(
        "CONSULTATION_CORRECTED",
        c,
        before,
        json()
            .add("version", revision.getVersionNumber())
            .add("note", d.changeNote())
            .add("changes", revision.getChanges().size())
            .build()
            .toString());
  }

  /**
   * Corrects a published part in place; {@code note} is the public change note (required by the
   * consultation).
   */
  @RequiresRole(Roles.EDITOR)
  public void correctPart(long id, long partId, PartText text, String note) {
    Consultation c = find(id);
    ConsultationPart part = part(c, partId);
    String n = EditorText.lines(note);
    Violations violations = partViolations(text, false);
    if (n != null && n.length() > MAX_NOTE) {
      violations.add("changeNote", "editor.error.tooLong2000");
    }
    violations.throwIfAny();
    String before = partState(part);
    var revision =
        c.correctPart(
            part,
            text.numberLabel(),
            text.title(),
            text.body(),
            cells(text),
            n,
            caller.name(),
            clock.now());
    record(
        "CONSULTATION_CORRECTED",
        c,
        before,
        json()
            .add("version", revision.getVersionNumber())
            .add("note", n)
            .add("partId", partId)
            .add("changes", revision.getChanges().size())
            .build()
            .toString());
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Consultation find(long id) {
    Consultation c = em.find(Consultation.class, id);
    if (c == null) {
      throw refusal("", "editor.error.noSuchConsultation");
    }
    return c;
  }

  private static ConsultationPart part(Consultation c, long partId) {
    return c.getParts().stream()
        .filter(p -> p.getId() != null && p.getId() == partId)
        .findFirst()
        .orElseThrow(() -> refusal("", "editor.error.noSuchPart"));
  }

  /**
   * Deletes removed parts children first, one flush each, so no row outlives its parent's
   * reference.
   */
  private void delete(List<ConsultationPart> removed) {
    for (ConsultationPart p : removed) {
      em.remove(p);
      em.flush();
    }
  }

  private static Refusal refusal(String field, String key, Object... args) {
    return field.isEmpty()
        ? Refusal.of(Refusal.Reason.NOT_FOUND, key, args)
        : Refusal.invalid(field, key, args);
  }

  private DraftDetails checked(DraftDetails details) {
    activeOffice(details.office(), validator.violationsOf(details)).throwIfAny();
    return details;
  }

  /** A consultation keeps the name of an office that is active when it is written. */
  private Violations activeOffice(String office, Violations violations) {
    if (office != null && !activeOffices().contains(office)) {
      violations.add("office", "editor.error.office");
    }
    return violations;
  }

  private PartText checked(PartText text, boolean adding) {
    partViolations(text, adding).throwIfAny();
    return text;
  }

  private Violations partViolations(PartText text, boolean adding) {
    Violations violations = validator.violationsOf(text);
    if (adding && text.kind() == null) {
      violations.add("kind", "editor.error.kindRequired");
    }
    if (text.hasCellTooLong()) {
      violations.add("fields", "editor.error.tooLong", PartText.MAX_CELL);
    }
    return violations;
  }

  private static List<PartField> cells(PartText text) {
    return text.fields() == null ? List.of() : text.fields();
  }

  private String uniqueSlug(String title, int year) {
    String base = Folding.slug(title, 90);
    if (!base.contains(Integer.toString(year))) {
      base = base + "-" + year;
    }
    String slug = base;
    for (int n = 2; slugTaken(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private boolean slugTaken(String slug) {
    return em.createQuery("SELECT COUNT(c) FROM Consultation c WHERE c.slug = :s", Long.class)
            .setParameter("s", slug)
            .getSingleResult()
        > 0;
  }

  private static String safeFileName(String name) {
    String n = name == null ? "" : name;
    String base = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    String cleaned = base.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
    return cleaned.length() <= 200 ? cleaned : cleaned.substring(cleaned.length() - 200);
  }

  /**
   * Audits the action and, for a published consultation, announces the change: the document cache
   * of this instance drops its copy once the transaction commits (see {@link DocumentCache}).
   */
  private void record(String action, Consultation c, String before, String after) {
    audit.record(caller.name(), action, TARGET, String.valueOf(c.getId()), before, after);
    if (c.isPublished()) {
      changed.fire(new ConsultationChanged(c.getSlug()));
    }
  }

  private static JsonObjectBuilder json() {
    return Json.createObjectBuilder();
  }

  private String state(Consultation c) {
    JsonObjectBuilder o =
        json()
            .add("slug", c.getSlug())
            .add("state", c.stateAt(clock.now()).name())
            .add("type", c.getType().name())
            .add("title", c.getTitle())
            .add("year", c.getYear())
            .add("office", c.getOffice())
            .add("version", c.getContentVersion())
            .add("parts", c.getParts().size())
            .add("files", c.getFiles().size());
    if (c.getWindow() != null) {
      o.add("opensAt", c.getWindow().getOpensAt().toString())
          .add("closesAt", c.getWindow().getClosesAt().toString());
    }
    if (c.getShortWindowReason() != null) {
      o.add("shortWindowReason", c.getShortWindowReason());
    }
    if (c.getObservationsHiddenReason() != null) {
      o.add("observationsHiddenReason", c.getObservationsHiddenReason());
    }
    return o.build().toString();
  }

  private static String partState(ConsultationPart p) {
    JsonObjectBuilder o =
        json()
            .add("partId", p.getId() == null ? -1 : p.getId())
            .add("kind", p.getKind().name())
            .add("title", p.getTitle());
    if (p.getNumberLabel() != null) {
      o.add("number", p.getNumberLabel());
    }
    if (p.getBody() != null) {
      o.add("body", p.getBody());
    }
    if (!p.getFields().isEmpty()) {
      var cells = Json.createObjectBuilder();
      p.getFields().forEach(f -> cells.add(f.label(), f.value()));
      o.add("fields", cells);
    }
    return o.build().toString();
  }
}
