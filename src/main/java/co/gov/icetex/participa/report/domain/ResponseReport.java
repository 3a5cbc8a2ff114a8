package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a consultation's response report. It is created whole, in the publishing
 * transaction, and never changes afterwards (no setters; the database refuses updates and deletes):
 * publishing again makes version n + 1 and the earlier versions stay readable with their dates. It
 * keeps the consultation's details as they were, so a later correction of the consultation does not
 * rewrite it.
 */
@Entity
@Table(name = "response_report")
@NamedQuery(
    name = ResponseReport.FIND_BY_SLUG,
    query =
        "SELECT r FROM ResponseReport r WHERE r.consultationSlug = :slug ORDER BY r.versionNumber DESC")
@NamedQuery(
    name = ResponseReport.LAST_VERSION,
    query =
        "SELECT MAX(r.versionNumber) FROM ResponseReport r WHERE r.consultation.id = :consultation")
public class ResponseReport {

  public static final String FIND_BY_SLUG = "ResponseReport.findBySlug";
  public static final String LAST_VERSION = "ResponseReport.lastVersion";
  public static final int MAX_ANNOUNCED = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "announced_where", nullable = false)
  private String announcedWhere;

  @Column(name = "consultation_slug", nullable = false)
  private String consultationSlug;

  @Column(name = "consultation_title", nullable = false)
  private String consultationTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "consultation_type", nullable = false)
  private ConsultationType consultationType;

  @Column(name = "consultation_year", nullable = false)
  private int consultationYear;

  @Column(nullable = false)
  private String office;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(name = "totals_json", nullable = false)
  private String totalsJson;

  @Column(name = "entry_count", nullable = false)
  private int entryCount;

  protected ResponseReport() {}

  /**
   * A new version of the report of {@code consultation}, which must have closed: a report of a
   * consultation still open would leave out what arrives after it.
   *
   * @param announcedWhere where the publication was announced (web site, social networks, mail), as
   *     the public reads it
   */
  public ResponseReport(
      Consultation consultation,
      int versionNumber,
      String announcedWhere,
      ReportTotals totals,
      String publishedBy,
      Instant now) {
    if (consultation.phaseAt(now) != ConsultationPhase.CLOSED) {
      throw Refusal.of(Reason.CONFLICT, "report.error.notClosed");
    }
    if (versionNumber < 1) {
      throw new IllegalArgumentException("Report versions start at 1");
    }
    this.announcedWhere = checkedAnnouncement(announcedWhere);
    this.consultation = consultation;
    this.versionNumber = versionNumber;
    this.publishedAt = Objects.requireNonNull(now);
    this.publishedBy = Objects.requireNonNull(publishedBy);
    this.consultationSlug = consultation.getSlug();
    this.consultationTitle = consultation.getTitle();
    this.consultationType = consultation.getType();
    this.consultationYear = consultation.getYear();
    this.office = consultation.getOffice();
    this.opensAt = consultation.getWindow().getOpensAt();
    this.closesAt = consultation.getWindow().getClosesAt();
    this.totalsJson = totals.toJson().toString();
    this.entryCount = totals.observations();
  }

  /**
   * Where it was announced: required, one paragraph of plain text, at most {@value #MAX_ANNOUNCED}
   * characters.
   */
  public static String checkedAnnouncement(String announcedWhere) {
    String text = PlainText.multiLine(announcedWhere);
    if (text == null || text.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "report.error.announcedRequired");
    }
    if (text.length() > MAX_ANNOUNCED) {
      throw Refusal.of(Reason.CONFLICT, "report.error.announcedTooLong", MAX_ANNOUNCED);
    }
    return text.strip();
  }

  public ReportTotals totals() {
    return ReportTotals.fromJson(totalsJson);
  }

  /** What the audit trail records of a publication. */
  public String auditState() {
    return "consultation="
        + consultationSlug
        + "; version="
        + versionNumber
        + "; observations="
        + entryCount
        + "; announced="
        + announcedWhere;
  }

  public Long getId() {
    return id;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getAnnouncedWhere() {
    return announcedWhere;
  }

  public String getConsultationSlug() {
    return consultationSlug;
  }

  public String getConsultationTitle() {
    return consultationTitle;
  }

  public ConsultationType getConsultationType() {
    return consultationType;
  }

  public int getConsultationYear() {
    return consultationYear;
  }

  public String getOffice() {
    return office;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public int getEntryCount() {
    return entryCount;
  }
}
