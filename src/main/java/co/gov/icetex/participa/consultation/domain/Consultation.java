package co.gov.icetex.participa.consultation.domain;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A document published for comment. It owns its comment window, its outline of commentable parts
 * and its files; parts are added in document order through {@link #addPart}.
 *
 * <p>A window shorter than the legal minimum is allowed only with a written reason the public sees.
 *
 * <p>Lifecycle (see {@link EditorialState}): a <em>draft</em> has no window and can be edited
 * freely; {@link #schedule} publishes it with its window, after which it is scheduled, open and
 * closed as the clock passes its opening and closing times. Published content is never silently
 * rewritten: texts change only through {@link #correctMetadata} and {@link #correctPart}, each of
 * which creates a new version with a change note and the texts before and after; parts are neither
 * added nor removed, so observations stay attached to the parts they were made on. The window
 * changes only by {@link #extend} or {@link #closeEarly}, each with a public notice.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(
    name = Consultation.FIND_BY_SLUG,
    query = "SELECT c FROM Consultation c WHERE c.slug = :slug AND c.published = TRUE")
public class Consultation {

  public static final String FIND_BY_SLUG = "Consultation.findBySlug";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsultationType type;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private int year;

  @Column(nullable = false)
  private String office;

  @Embedded private CommentWindow window;

  @Column(name = "short_window_reason")
  private String shortWindowReason;

  @Column(nullable = false)
  private boolean published;

  /** Staff switched off showing this consultation's observations as they come (with a reason). */
  @Column(name = "observations_hidden", nullable = false)
  private boolean observationsHidden;

  @Column(name = "observations_hidden_reason")
  private String observationsHiddenReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** 0 for a draft, 1 once published, one more for each correction. */
  @Column(name = "content_version", nullable = false)
  private int contentVersion;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
  @OrderBy("createdAt")
  private List<ConsultationNotice> notices = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL)
  @OrderBy("versionNumber")
  private List<ConsultationRevision> revisions = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ConsultationPart> parts = new ArrayList<>();

  @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ConsultationFile> files = new ArrayList<>();

  protected Consultation() {}

  public Consultation(
      String slug,
      ConsultationType type,
      String title,
      String summary,
      int year,
      String office,
      CommentWindow window,
      Instant now) {
    this(slug, type, title, summary, year, office, window, now, false);
  }

  private Consultation(
      String slug,
      ConsultationType type,
      String title,
      String summary,
      int year,
      String office,
      CommentWindow window,
      Instant now,
      boolean draft) {
    if (window == null && !draft) {
      throw new NullPointerException("window");
    }
    this.slug = requireText(slug, "slug");
    this.type = Objects.requireNonNull(type, "type");
    this.title = requireText(title, "title");
    this.summary = requireText(summary, "summary");
    this.year = year;
    this.office = requireText(office, "office");
    this.window = window;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new draft: not public, without a comment window until it is scheduled. */
  public static Consultation draft(
      String slug,
      ConsultationType type,
      String title,
      String summary,
      int year,
      String office,
      Instant now) {
    return new Consultation(slug, type, title, summary, year, office, null, now, true);
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A consultation needs a " + what);
    }
    return value.strip();
  }

  /** Appends a part at the end of the outline, under {@code parent} (null for a top-level part). */
  public ConsultationPart addPart(
      ConsultationPart parent,
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields) {
    if (parent != null && parent.getConsultation() != this) {
      throw new IllegalArgumentException("The parent part belongs to another consultation");
    }
    var part =
        new ConsultationPart(this, parent, parts.size(), kind, numberLabel, title, body, fields);
    parts.add(part);
    return part;
  }

  public ConsultationFile addFile(String title, String fileName, String mediaType, byte[] content) {
    var file =
        new ConsultationFile(
            this, files.size(), title, new StoredFile(fileName, mediaType, content));
    files.add(file);
    return file;
  }

  /**
   * Makes the consultation public. A window shorter than {@code minimum} needs a justification,
   * which is published with it.
   */
  public void publish(Duration minimum, String shortWindowReason, Instant now) {
    boolean justified = shortWindowReason != null && !shortWindowReason.isBlank();
    if (window.isShorterThan(minimum) && !justified) {
      throw new IllegalStateException(
          "A comment window shorter than " + minimum.toDays() + " days needs a recorded reason");
    }
    this.shortWindowReason = justified ? shortWindowReason.strip() : null;
    this.published = true;
    this.contentVersion = Math.max(1, contentVersion);
    this.publishedAt = publishedAt == null ? now : publishedAt;
    this.updatedAt = now;
  }

  public ConsultationPhase phaseAt(Instant now) {
    return window == null ? null : window.phaseAt(now);
  }

  public boolean acceptsObservationsAt(Instant now) {
    return published && window != null && window.isOpenAt(now);
  }

  public EditorialState stateAt(Instant now) {
    if (!published) {
      return EditorialState.DRAFT;
    }
    return switch (window.phaseAt(now)) {
      case UPCOMING -> EditorialState.SCHEDULED;
      case OPEN -> EditorialState.OPEN;
      case CLOSED -> EditorialState.CLOSED;
    };
  }

  public boolean isDraft() {
    return !published;
  }

  private void requireDraft() {
    if (published) {
      throw Refusal.of(Reason.INVALID, "editor.error.published");
    }
  }

  private void requirePublished() {
    if (!published) {
      throw Refusal.of(Reason.INVALID, "editor.error.notPublished");
    }
  }

  private static String requireNote(String note, String field, String key) {
    if (note == null || note.isBlank()) {
      throw Refusal.invalid(field, key);
    }
    return note.strip();
  }

  // --- drafts -----------------------------------------------------------------------------------

  /** Changes what the draft is; after publication use {@link #correctMetadata}. */
  public void editDraft(
      ConsultationType type, String title, String summary, int year, String office, Instant now) {
    requireDraft();
    this.type = Objects.requireNonNull(type, "type");
    this.title = requireText(title, "title");
    this.summary = requireText(summary, "summary");
    this.year = year;
    this.office = requireText(office, "office");
    this.updatedAt = now;
  }

  /**
   * Adds a part to a draft, at the end of {@code parent}'s parts (or of the document when null). A
   * table row holds no parts of its own.
   */
  public ConsultationPart insertPart(
      ConsultationPart parent,
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields) {
    requireDraft();
    if (parent != null && parent.getConsultation() != this) {
      throw new IllegalArgumentException("The parent part belongs to another consultation");
    }
    if (parent != null && parent.isTableRow()) {
      throw Refusal.invalid("parent", "editor.error.parentIsRow");
    }
    int at = parent == null ? parts.size() : subtreeEnd(parts.indexOf(parent));
    var part = new ConsultationPart(this, parent, at, kind, numberLabel, title, body, fields);
    parts.add(at, part);
    renumber();
    return part;
  }

  /** Changes a draft part's texts; after publication use {@link #correctPart}. */
  public void editDraftPart(
      ConsultationPart part,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields) {
    requireDraft();
    requireOwn(part);
    part.rewrite(numberLabel, title, body, fields);
  }

  /**
   * Removes a draft part with the parts under it, unless one of them has observations: those stay
   * attached to their parts whatever happens. Returns the removed parts, deepest last in document
   * order reversed (children before their parents), the order in which to delete them.
   */
  public List<ConsultationPart> removePart(
      ConsultationPart part, Predicate<ConsultationPart> hasObservations) {
    requireDraft();
    requireOwn(part);
    int from = parts.indexOf(part);
    List<ConsultationPart> subtree = new ArrayList<>(parts.subList(from, subtreeEnd(from)));
    return removeAll(subtree, hasObservations);
  }

  /** Removes every part of a draft (to replace them by imported ones), under the same rule. */
  public List<ConsultationPart> removeAllParts(Predicate<ConsultationPart> hasObservations) {
    requireDraft();
    return removeAll(new ArrayList<>(parts), hasObservations);
  }

  private List<ConsultationPart> removeAll(
      List<ConsultationPart> doomed, Predicate<ConsultationPart> hasObservations) {
    doomed.stream()
        .filter(hasObservations)
        .findFirst()
        .ifPresent(
            p -> {
              throw Refusal.of(Reason.INVALID, "editor.error.partHasObservations", p.getLabel());
            });
    parts.removeAll(doomed);
    renumber();
    Collections.reverse(doomed);
    return doomed;
  }

  /** Moves a draft part, with the parts under it, before its previous or after its next sibling. */
  public void movePart(ConsultationPart part, boolean up) {
    requireDraft();
    requireOwn(part);
    int from = parts.indexOf(part);
    int end = subtreeEnd(from);
    if (up) {
      int previous = -1;
      for (int i = from - 1; i >= 0 && parts.get(i).getDepth() >= part.getDepth(); i--) {
        if (parts.get(i).getParent() == part.getParent()) {
          previous = i;
          break;
        }
      }
      if (previous < 0) {
        throw Refusal.of(Reason.INVALID, "editor.error.cannotMove");
      }
      swapBlocks(previous, from, end);
    } else {
      if (end >= parts.size() || parts.get(end).getParent() != part.getParent()) {
        throw Refusal.of(Reason.INVALID, "editor.error.cannotMove");
      }
      swapBlocks(from, end, subtreeEnd(end));
    }
  }

  /** Turns [a, b) [b, c) into [b, c) [a, b). */
  private void swapBlocks(int a, int b, int c) {
    List<ConsultationPart> first = new ArrayList<>(parts.subList(a, b));
    List<ConsultationPart> second = new ArrayList<>(parts.subList(b, c));
    parts.subList(a, c).clear();
    parts.addAll(a, first);
    parts.addAll(a, second);
    renumber();
  }

  /** The index just after the last part under the part at {@code index}. */
  private int subtreeEnd(int index) {
    int depth = parts.get(index).getDepth();
    int i = index + 1;
    while (i < parts.size() && parts.get(i).getDepth() > depth) {
      i++;
    }
    return i;
  }

  private void renumber() {
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).placeAt(i);
    }
  }

  private void requireOwn(ConsultationPart part) {
    if (part == null || part.getConsultation() != this || !parts.contains(part)) {
      throw Refusal.of(Reason.INVALID, "editor.error.noSuchPart");
    }
  }

  /** Adds a supporting file to a draft. */
  public ConsultationFile attachFile(
      String title, String fileName, String mediaType, byte[] content) {
    requireDraft();
    return addFile(title, fileName, mediaType, content);
  }

  public void removeFile(ConsultationFile file) {
    requireDraft();
    if (!files.remove(file)) {
      throw Refusal.of(Reason.INVALID, "editor.error.noSuchFile");
    }
  }

  // --- publication and the window ---------------------------------------------------------------

  /**
   * Publishes a draft with its comment window. The window may not open before today (Bogotá); one
   * shorter than {@code minimum} needs a justification, which the public page shows.
   */
  public void schedule(CommentWindow window, Duration minimum, String justification, Instant now) {
    requireDraft();
    Objects.requireNonNull(window, "window");
    if (parts.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "editor.error.noParts");
    }
    Instant startOfToday =
        LocalDate.ofInstant(now, AppClock.BOGOTA).atStartOfDay(AppClock.BOGOTA).toInstant();
    if (window.getOpensAt().isBefore(startOfToday)) {
      throw Refusal.invalid("opensOn", "editor.error.opensInPast");
    }
    boolean justified = justification != null && !justification.isBlank();
    if (window.isShorterThan(minimum) && !justified) {
      throw Refusal.invalid("justification", "editor.error.shortWindow", minimum.toDays());
    }
    this.window = window;
    publish(minimum, window.isShorterThan(minimum) ? justification : null, now);
  }

  /** Gives the public more time; only before the window has closed, to a later closing time. */
  public ConsultationNotice extend(Instant newClosesAt, String notice, String actor, Instant now) {
    requirePublished();
    if (window.phaseAt(now) == ConsultationPhase.CLOSED) {
      throw Refusal.of(Reason.INVALID, "editor.error.alreadyClosed");
    }
    String text = requireNote(notice, "extendNotice", "editor.error.noticeRequired");
    if (newClosesAt == null || !newClosesAt.isAfter(window.getClosesAt())) {
      throw Refusal.invalid("extendTo", "editor.error.extendLater");
    }
    return changeClosing(NoticeKind.EXTENDED, newClosesAt, text, actor, now);
  }

  /** Closes an open consultation now, telling the public why. */
  public ConsultationNotice closeEarly(String notice, String actor, Instant now) {
    requirePublished();
    if (window.phaseAt(now) != ConsultationPhase.OPEN) {
      throw Refusal.of(Reason.INVALID, "editor.error.notOpen");
    }
    String text = requireNote(notice, "closeNotice", "editor.error.noticeRequired");
    return changeClosing(NoticeKind.CLOSED_EARLY, now, text, actor, now);
  }

  private ConsultationNotice changeClosing(
      NoticeKind kind, Instant closesAt, String text, String actor, Instant now) {
    var notice =
        new ConsultationNotice(this, kind, text, window.getClosesAt(), closesAt, now, actor);
    this.window = new CommentWindow(window.getOpensAt(), closesAt);
    notices.add(notice);
    this.updatedAt = now;
    return notice;
  }

  // --- observations in the open ------------------------------------------------------------------

  /**
   * Stops showing the observations accepted as publishable on the public pages until the report
   * (e.g. for a hearing's questions). The reason is required: hiding what citizens said is a
   * decision that must be explained in the audit trail.
   */
  public void hideObservations(String reason, Instant now) {
    this.observationsHiddenReason =
        requireNote(reason, "observationsReason", "editor.error.observationsReasonRequired");
    this.observationsHidden = true;
    this.updatedAt = now;
  }

  /** Shows the publishable observations again as they come. */
  public void showObservations(Instant now) {
    this.observationsHidden = false;
    this.observationsHiddenReason = null;
    this.updatedAt = now;
  }

  /** Whether the public sees the observations accepted as publishable before the report. */
  public boolean showsObservations() {
    return published && !observationsHidden;
  }

  public boolean hidesObservations() {
    return observationsHidden;
  }

  public String getObservationsHiddenReason() {
    return observationsHiddenReason;
  }

  // --- corrections ------------------------------------------------------------------------------

  /** Corrects the published title, summary or office: a new version with a public change note. */
  public ConsultationRevision correctMetadata(
      String newTitle,
      String newSummary,
      String newOffice,
      String note,
      String actor,
      Instant now) {
    requirePublished();
    String text = requireNote(note, "changeNote", "editor.error.changeNoteRequired");
    List<RevisionChange> changes = new ArrayList<>();
    String t = requireText(newTitle, "title");
    String s = requireText(newSummary, "summary");
    String o = requireText(newOffice, "office");
    diff(changes, "title", null, null, null, title, t);
    diff(changes, "summary", null, null, null, summary, s);
    diff(changes, "office", null, null, null, office, o);
    requireChanges(changes);
    this.title = t;
    this.summary = s;
    this.office = o;
    return newVersion(text, changes, actor, now);
  }

  /**
   * Corrects a published part's texts in place (it keeps its id and its observations): a new
   * version with a public change note and the texts before and after.
   */
  public ConsultationRevision correctPart(
      ConsultationPart part,
      String numberLabel,
      String newTitle,
      String body,
      List<PartField> fields,
      String note,
      String actor,
      Instant now) {
    requirePublished();
    requireOwn(part);
    String text = requireNote(note, "changeNote", "editor.error.changeNoteRequired");
    String label = part.getLabel();
    List<RevisionChange> changes = new ArrayList<>();
    String beforeNumber = part.getNumberLabel();
    String beforeTitle = part.getTitle();
    String beforeBody = part.getBody();
    List<PartField> beforeFields = part.getFields();
    part.rewrite(numberLabel, newTitle, body, fields);
    diff(changes, "numberLabel", part.getId(), label, null, beforeNumber, part.getNumberLabel());
    diff(changes, "title", part.getId(), label, null, beforeTitle, part.getTitle());
    diff(changes, "body", part.getId(), label, null, beforeBody, part.getBody());
    List<PartField> after = part.getFields();
    for (int i = 0; i < Math.max(beforeFields.size(), after.size()); i++) {
      PartField b = i < beforeFields.size() ? beforeFields.get(i) : null;
      PartField a = i < after.size() ? after.get(i) : null;
      String cell = a != null ? a.label() : b.label();
      diff(
          changes,
          "cell",
          part.getId(),
          label,
          cell,
          b == null ? null : b.value(),
          a == null ? null : a.value());
    }
    if (changes.isEmpty()) {
      part.rewrite(beforeNumber, beforeTitle, beforeBody, beforeFields);
      throw Refusal.of(Reason.INVALID, "editor.error.noChange");
    }
    return newVersion(text, changes, actor, now);
  }

  private static void diff(
      List<RevisionChange> changes,
      String field,
      Long partId,
      String partLabel,
      String cell,
      String before,
      String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new RevisionChange(field, partId, partLabel, cell, before, after));
    }
  }

  private static void requireChanges(List<RevisionChange> changes) {
    if (changes.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "editor.error.noChange");
    }
  }

  private ConsultationRevision newVersion(
      String note, List<RevisionChange> changes, String actor, Instant now) {
    contentVersion++;
    var revision = new ConsultationRevision(this, contentVersion, note, changes, now, actor);
    revisions.add(revision);
    this.updatedAt = now;
    return revision;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public ConsultationType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public int getYear() {
    return year;
  }

  public String getOffice() {
    return office;
  }

  public CommentWindow getWindow() {
    return window;
  }

  public String getShortWindowReason() {
    return shortWindowReason;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<ConsultationPart> getParts() {
    return Collections.unmodifiableList(parts);
  }

  public List<ConsultationFile> getFiles() {
    return Collections.unmodifiableList(files);
  }

  public int getContentVersion() {
    return contentVersion;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<ConsultationNotice> getNotices() {
    return Collections.unmodifiableList(notices);
  }

  public List<ConsultationRevision> getRevisions() {
    return Collections.unmodifiableList(revisions);
  }
}
