package co.gov.icetex.participa.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Objects;

/**
 * A part of a consultation's document that citizens can comment on. Parts form an outline: each has
 * a position in document order and a depth; a chapter's sections and rows follow it with a greater
 * depth.
 */
@Entity
@Table(name = "consultation_part")
public class ConsultationPart {

  public static final int MAX_TITLE = 500;
  public static final int MAX_NUMBER_LABEL = 40;

  /** A body fits a TEXT column (64 KB) even when every character takes 3 bytes. */
  public static final int MAX_BODY = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private ConsultationPart parent;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int depth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartKind kind;

  @Column(name = "number_label")
  private String numberLabel;

  @Column(nullable = false)
  private String title;

  private String body;

  @Convert(converter = PartFieldsConverter.class)
  @Column(name = "fields_json")
  private List<PartField> fields = List.of();

  protected ConsultationPart() {}

  ConsultationPart(
      Consultation consultation,
      ConsultationPart parent,
      int position,
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields) {
    this.consultation = Objects.requireNonNull(consultation);
    this.parent = parent;
    this.position = position;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.kind = Objects.requireNonNull(kind);
    this.numberLabel = blankToNull(numberLabel);
    this.title = requireTitle(title);
    this.body = blankToNull(body);
    this.fields = fields == null ? List.of() : List.copyOf(fields);
    if (kind.isTableRow() && this.fields.isEmpty()) {
      throw new IllegalArgumentException("A table row needs at least one cell");
    }
  }

  /** Changes the texts in place (the part keeps its id, so observations stay attached). */
  void rewrite(String numberLabel, String title, String body, List<PartField> fields) {
    List<PartField> cells = fields == null ? List.of() : List.copyOf(fields);
    if (kind.isTableRow() && cells.isEmpty()) {
      throw new IllegalArgumentException("A table row needs at least one cell");
    }
    this.numberLabel = blankToNull(numberLabel);
    this.title = requireTitle(title);
    this.body = blankToNull(body);
    this.fields = cells;
  }

  void placeAt(int position) {
    this.position = position;
  }

  /** Whether {@code other} is this part or lies below it in the outline. */
  boolean contains(ConsultationPart other) {
    for (ConsultationPart p = other; p != null; p = p.parent) {
      if (p == this) {
        return true;
      }
    }
    return false;
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A part needs a title");
    }
    String trimmed = title.strip();
    return trimmed.length() <= MAX_TITLE ? trimmed : trimmed.substring(0, MAX_TITLE - 1) + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public ConsultationPart getParent() {
    return parent;
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

  public String getNumberLabel() {
    return numberLabel;
  }

  public String getTitle() {
    return title;
  }

  /** The title with its number, as people cite it: "2.1 Monitoreo". */
  public String getLabel() {
    return numberLabel == null ? title : numberLabel + " " + title;
  }

  public String getBody() {
    return body;
  }

  public List<PartField> getFields() {
    return fields;
  }

  public boolean isTableRow() {
    return kind.isTableRow();
  }
}
