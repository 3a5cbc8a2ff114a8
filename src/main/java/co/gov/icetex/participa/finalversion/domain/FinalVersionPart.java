package co.gov.icetex.participa.finalversion.domain;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartFieldsConverter;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One part of a final version: its final texts, the texts of the draft part it comes from (none for
 * an added part) and how the two differ, with the observations that led to the change. Changed only
 * through {@link FinalVersion}, which guards the rules.
 */
@Entity
@Table(name = "final_version_part")
public class FinalVersionPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "final_version_id")
  private FinalVersion finalVersion;

  /** The draft part this one comes from; null for a part added in the final version. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "draft_part_id")
  private ConsultationPart draftPart;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int depth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false)
  private ChangeType changeType;

  @Column(name = "number_label")
  private String numberLabel;

  @Column(nullable = false)
  private String title;

  private String body;

  @Convert(converter = PartFieldsConverter.class)
  @Column(name = "fields_json")
  private List<PartField> fields = List.of();

  @Column(name = "draft_number_label")
  private String draftNumberLabel;

  @Column(name = "draft_title")
  private String draftTitle;

  @Column(name = "draft_body")
  private String draftBody;

  @Convert(converter = PartFieldsConverter.class)
  @Column(name = "draft_fields_json")
  private List<PartField> draftFields = List.of();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "final_version_change_observation",
      joinColumns = @JoinColumn(name = "final_part_id"))
  @Column(name = "observation_id")
  private List<Long> observationIds = new ArrayList<>();

  protected FinalVersionPart() {}

  /** A copy of a draft part, unchanged so far. */
  FinalVersionPart(FinalVersion finalVersion, ConsultationPart draft, int position) {
    this.finalVersion = finalVersion;
    this.draftPart = draft;
    this.position = position;
    this.depth = draft.getDepth();
    this.kind = draft.getKind();
    this.numberLabel = draft.getNumberLabel();
    this.title = draft.getTitle();
    this.body = draft.getBody();
    this.fields = draft.getFields();
    snapshotDraft();
    this.changeType = ChangeType.UNCHANGED;
  }

  /** A part that the draft did not have. */
  FinalVersionPart(
      FinalVersion finalVersion,
      int position,
      int depth,
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields) {
    this.finalVersion = finalVersion;
    this.position = position;
    this.depth = depth;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.changeType = ChangeType.ADDED;
    this.draftFields = List.of();
    write(numberLabel, title, body, fields);
  }

  void write(String numberLabel, String title, String body, List<PartField> fields) {
    List<PartField> cells = fields == null ? List.of() : List.copyOf(fields);
    if (kind.isTableRow() && cells.isEmpty()) {
      throw Refusal.invalid("fields", "finalVersion.error.rowNeedsCells");
    }
    if (title == null || title.isBlank()) {
      throw Refusal.invalid("partTitle", "editor.error.required");
    }
    this.numberLabel = blankToNull(numberLabel);
    this.title = title.strip();
    this.body = kind.isTableRow() ? null : blankToNull(body);
    this.fields = kind.isTableRow() ? cells : List.of();
    recompute();
  }

  /** Takes the draft part's current texts as the "before" side (it may have been corrected). */
  void snapshotDraft() {
    this.draftNumberLabel = draftPart.getNumberLabel();
    this.draftTitle = draftPart.getTitle();
    this.draftBody = draftPart.getBody();
    this.draftFields = draftPart.getFields();
  }

  void markRemoved() {
    this.changeType = ChangeType.REMOVED;
  }

  void restore() {
    this.changeType = ChangeType.CHANGED;
    recompute();
  }

  /**
   * UNCHANGED or CHANGED for a draft part by comparing its texts; an added or removed part stays
   * so.
   */
  void recompute() {
    if (changeType == ChangeType.ADDED || changeType == ChangeType.REMOVED) {
      return;
    }
    this.changeType = sameTextsAsDraft() ? ChangeType.UNCHANGED : ChangeType.CHANGED;
  }

  boolean sameTextsAsDraft() {
    return Objects.equals(numberLabel, draftNumberLabel)
        && Objects.equals(title, draftTitle)
        && Objects.equals(body, draftBody)
        && Objects.equals(fields, draftFields);
  }

  /**
   * Makes the final texts the draft's again (used when an untouched part's draft was corrected).
   */
  void followDraft() {
    this.numberLabel = draftPart.getNumberLabel();
    this.title = draftPart.getTitle();
    this.body = draftPart.getBody();
    this.fields = draftPart.getFields();
  }

  void link(long observationId) {
    if (observationIds.contains(observationId)) {
      throw Refusal.invalid("observation", "finalVersion.error.alreadyLinked");
    }
    observationIds.add(observationId);
  }

  void unlink(long observationId) {
    observationIds.remove(Long.valueOf(observationId));
  }

  void placeAt(int position) {
    this.position = position;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The label people cite, from the final texts (the draft's for a removed part). */
  public String getLabel() {
    String n = changeType == ChangeType.REMOVED ? draftNumberLabel : numberLabel;
    String t = changeType == ChangeType.REMOVED ? draftTitle : title;
    return n == null ? t : n + " " + t;
  }

  public Long getId() {
    return id;
  }

  public FinalVersion getFinalVersion() {
    return finalVersion;
  }

  public ConsultationPart getDraftPart() {
    return draftPart;
  }

  public Long getDraftPartId() {
    return draftPart == null ? null : draftPart.getId();
  }

  public int getPosition() {
    return position;
  }

  public int getDepth() {
    return depth;
  }

  public PartKind getKind() {
    return kind;
  }

  public boolean isTableRow() {
    return kind.isTableRow();
  }

  public ChangeType getChangeType() {
    return changeType;
  }

  public String getNumberLabel() {
    return numberLabel;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public List<PartField> getFields() {
    return fields;
  }

  public String getDraftNumberLabel() {
    return draftNumberLabel;
  }

  public String getDraftTitle() {
    return draftTitle;
  }

  public String getDraftBody() {
    return draftBody;
  }

  public List<PartField> getDraftFields() {
    return draftFields;
  }

  public List<Long> getObservationIds() {
    return Collections.unmodifiableList(observationIds);
  }
}
