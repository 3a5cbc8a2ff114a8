package co.gov.icetex.participa.finalversion.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.EditorialState;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The final version of a consultation's document, with what changed because of the observations.
 *
 * <p>Lifecycle: {@link #start} copies the draft's parts once the consultation has closed; the
 * editor then rewrites parts, adds new ones, marks parts removed and links each change to the
 * accepted observations that led to it; {@link #publish} makes it public. A published final version
 * is immutable: every change after that is refused (there is no correction of a final version; a
 * mistake is a new official act, outside this portal). The draft itself never changes here, so
 * observations stay attached to the parts they were made on.
 */
@Entity
@Table(name = "final_version")
@NamedQuery(
    name = FinalVersion.FIND_BY_CONSULTATION,
    query = "SELECT f FROM FinalVersion f WHERE f.consultation.id = :consultation")
public class FinalVersion {

  public static final String FIND_BY_CONSULTATION = "FinalVersion.findByConsultation";
  public static final int MAX_SUMMARY = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  private String summary;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Version private long version;

  @OneToMany(mappedBy = "finalVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<FinalVersionPart> parts = new ArrayList<>();

  protected FinalVersion() {}

  private FinalVersion(Consultation consultation, String actor, Instant now) {
    this.consultation = consultation;
    this.startedBy = Objects.requireNonNull(actor, "actor");
    this.startedAt = now;
    this.updatedAt = now;
    for (ConsultationPart p : consultation.getParts()) {
      parts.add(new FinalVersionPart(this, p, parts.size()));
    }
  }

  /** Starts the final version of a closed consultation from a copy of its draft's parts. */
  public static FinalVersion start(Consultation consultation, String actor, Instant now) {
    Objects.requireNonNull(consultation, "consultation");
    if (consultation.stateAt(now) != EditorialState.CLOSED) {
      throw Refusal.of(Reason.INVALID, "finalVersion.error.notClosed");
    }
    return new FinalVersion(consultation, actor, now);
  }

  private void requireUnpublished() {
    if (publishedAt != null) {
      throw Refusal.of(Reason.INVALID, "finalVersion.error.published");
    }
  }

  private void requireOwn(FinalVersionPart part) {
    if (part == null || part.getFinalVersion() != this || !parts.contains(part)) {
      throw Refusal.of(Reason.INVALID, "finalVersion.error.noSuchPart");
    }
  }

  /** The public summary of what changed and why (optional). */
  public void describe(String summary, Instant now) {
    requireUnpublished();
    if (summary != null && summary.strip().length() > MAX_SUMMARY) {
      throw Refusal.invalid("summary", "editor.error.tooLong", MAX_SUMMARY);
    }
    this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    this.updatedAt = now;
  }

  /**
   * Rewrites a part's final texts; whether it changed is worked out by comparing with the draft.
   */
  public void edit(
      FinalVersionPart part,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields,
      Instant now) {
    requireUnpublished();
    requireOwn(part);
    if (part.getChangeType() == ChangeType.REMOVED) {
      throw Refusal.of(Reason.INVALID, "finalVersion.error.removedPart");
    }
    part.write(numberLabel, title, body, fields);
    this.updatedAt = now;
  }

  /**
   * Adds a part the draft did not have, right after {@code after} (or at the start when null), at
   * the same depth. A new table row takes its columns from {@code after}, which must be a row.
   */
  public FinalVersionPart add(
      FinalVersionPart after,
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields,
      Instant now) {
    requireUnpublished();
    if (kind == null) {
      throw Refusal.invalid("kind", "editor.error.kindRequired");
    }
    if (after != null) {
      requireOwn(after);
    }
    List<PartField> cells = fields;
    if (kind.isTableRow()) {
      if (after == null || !after.isTableRow()) {
        throw Refusal.invalid("after", "finalVersion.error.rowAfterRow");
      }
      if (cells == null || cells.isEmpty()) {
        List<PartField> columns =
            after.getChangeType() == ChangeType.REMOVED
                ? after.getDraftFields()
                : after.getFields();
        cells = columns.stream().map(f -> new PartField(f.label(), "")).toList();
      }
    }
    int at = after == null ? 0 : parts.indexOf(after) + 1;
    var part =
        new FinalVersionPart(
            this, at, after == null ? 0 : after.getDepth(), kind, numberLabel, title, body, cells);
    parts.add(at, part);
    renumber();
    this.updatedAt = now;
    return part;
  }

  /**
   * Takes a part out of the final document: a draft part is kept as REMOVED (the public sees what
   * was dropped); an added part simply disappears, with its links. Returns whether the part is
   * gone.
   */
  public boolean remove(FinalVersionPart part, Instant now) {
    requireUnpublished();
    requireOwn(part);
    this.updatedAt = now;
    if (part.getChangeType() == ChangeType.ADDED) {
      parts.remove(part);
      renumber();
      return true;
    }
    part.markRemoved();
    return false;
  }

  /** Brings a removed draft part back, with the final texts it had. */
  public void restore(FinalVersionPart part, Instant now) {
    requireUnpublished();
    requireOwn(part);
    if (part.getChangeType() != ChangeType.REMOVED) {
      throw Refusal.of(Reason.INVALID, "finalVersion.error.notRemoved");
    }
    part.restore();
    this.updatedAt = now;
  }

  /**
   * Records that {@code observation} led to the change of {@code part}: only an observation of this
   * consultation whose answer accepted it (wholly or partly), and only on a changed, added or
   * removed part. Any observation of the consultation may be linked, not only those made on that
   * part.
   */
  public void link(FinalVersionPart part, LinkableObservation observation, Instant now) {
    requireUnpublished();
    requireOwn(part);
    Objects.requireNonNull(observation, "observation");
    if (!Objects.equals(consultation.getId(), observation.consultationId())) {
      throw Refusal.invalid(
          "observation", "finalVersion.error.otherConsultation", observation.trackingCode());
    }
    if (!observation.accepted()) {
      throw Refusal.invalid(
          "observation", "finalVersion.error.notAccepted", observation.trackingCode());
    }
    if (!part.getChangeType().isChange()) {
      throw Refusal.invalid("observation", "finalVersion.error.unchangedPart");
    }
    part.link(observation.id());
    this.updatedAt = now;
  }

  public void unlink(FinalVersionPart part, long observationId, Instant now) {
    requireUnpublished();
    requireOwn(part);
    part.unlink(observationId);
    this.updatedAt = now;
  }

  /**
   * Publishes the final version. The draft side of each part is taken afresh (the draft may have
   * been corrected since the start; a part the editor left untouched follows the correction), and
   * every linked observation must still be an accepted one of this consultation ({@code current}
   * holds them as they are now) on a part that did change.
   */
  public void publish(List<LinkableObservation> current, String actor, Instant now) {
    requireUnpublished();
    for (FinalVersionPart p : parts) {
      if (p.getDraftPart() != null) {
        if (p.getChangeType() == ChangeType.UNCHANGED) {
          p.followDraft();
        }
        p.snapshotDraft();
        p.recompute();
      }
      if (!p.getObservationIds().isEmpty() && !p.getChangeType().isChange()) {
        throw Refusal.of(Reason.INVALID, "finalVersion.error.linksOnUnchanged", p.getLabel());
      }
      for (Long id : p.getObservationIds()) {
        LinkableObservation o = current.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (o == null
            || !Objects.equals(consultation.getId(), o.consultationId())
            || !o.accepted()) {
          throw Refusal.of(
              Reason.INVALID,
              "finalVersion.error.noLongerAccepted",
              o == null ? String.valueOf(id) : o.trackingCode(),
              p.getLabel());
        }
      }
    }
    this.publishedAt = now;
    this.publishedBy = Objects.requireNonNull(actor, "actor");
    this.updatedAt = now;
  }

  private void renumber() {
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).placeAt(i);
    }
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public long changeCount() {
    return parts.stream().filter(p -> p.getChangeType().isChange()).count();
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public List<FinalVersionPart> getParts() {
    return Collections.unmodifiableList(parts);
  }

  public FinalVersionPart part(long partId) {
    return parts.stream()
        .filter(p -> p.getId() != null && p.getId() == partId)
        .findFirst()
        .orElseThrow(() -> Refusal.of(Reason.INVALID, "finalVersion.error.noSuchPart"));
  }
}
