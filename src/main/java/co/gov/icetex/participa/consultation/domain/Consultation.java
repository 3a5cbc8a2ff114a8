package co.gov.icetex.participa.consultation.domain;

import co.gov.icetex.participa.shared.StoredFile;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document published for comment. It owns its comment window, its outline of commentable parts and
 * its files; parts are added in document order through {@link #addPart}.
 *
 * <p>A window shorter than the legal minimum is allowed only with a written reason the public sees.
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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

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
    this.slug = requireText(slug, "slug");
    this.type = Objects.requireNonNull(type, "type");
    this.title = requireText(title, "title");
    this.summary = requireText(summary, "summary");
    this.year = year;
    this.office = requireText(office, "office");
    this.window = Objects.requireNonNull(window, "window");
    this.createdAt = now;
    this.updatedAt = now;
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
    var part = new ConsultationPart(this, parent, parts.size(), kind, numberLabel, title, body, fields);
    parts.add(part);
    return part;
  }

  public ConsultationFile addFile(String title, String fileName, String mediaType, byte[] content) {
    var file = new ConsultationFile(this, files.size(), title, new StoredFile(fileName, mediaType, content));
    files.add(file);
    return file;
  }

  /**
   * Makes the consultation public. A window shorter than {@code minimum} needs a justification, which
   * is published with it.
   */
  public void publish(Duration minimum, String shortWindowReason, Instant now) {
    boolean justified = shortWindowReason != null && !shortWindowReason.isBlank();
    if (window.isShorterThan(minimum) && !justified) {
      throw new IllegalStateException(
          "A comment window shorter than " + minimum.toDays() + " days needs a recorded reason");
    }
    this.shortWindowReason = justified ? shortWindowReason.strip() : null;
    this.published = true;
    this.updatedAt = now;
  }

  public ConsultationPhase phaseAt(Instant now) {
    return window.phaseAt(now);
  }

  public boolean acceptsObservationsAt(Instant now) {
    return published && window.isOpenAt(now);
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
}
