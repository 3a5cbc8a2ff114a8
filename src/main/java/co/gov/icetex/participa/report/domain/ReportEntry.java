package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.PersonalData;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One observation as a published report shows it, frozen. Made public here, in one place: the
 * author's name only when they allowed it, the text with personal data redacted and withheld
 * entirely for spam and offensive text, the answer, and whether the answer came on time. No e-mail
 * is ever copied.
 */
@Entity
@Table(name = "response_report_entry")
public class ReportEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private ResponseReport report;

  @Column(nullable = false)
  private int position;

  @Column(name = "tracking_code", nullable = false)
  private String trackingCode;

  @Column(name = "part_label")
  private String partLabel;

  @Column(name = "public_author")
  private String publicAuthor;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakeholder_group", nullable = false)
  private StakeholderGroup stakeholderGroup;

  @Column(name = "department_code", nullable = false)
  private String departmentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportDisposition disposition;

  @Enumerated(EnumType.STRING)
  @Column
  private Triage reason;

  @Enumerated(EnumType.STRING)
  @Column
  private AnswerOutcome outcome;

  @Column(name = "answer_text")
  private String answerText;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "on_time")
  private Boolean onTime;

  /** On a campaign's representative: the other members' tracking codes, comma-separated. */
  @Column(name = "campaign_codes")
  private String campaignCodes;

  /**
   * On a campaign's other members: the representative's tracking code, under which they are listed.
   */
  @Column(name = "campaign_of")
  private String campaignOf;

  protected ReportEntry() {}

  /**
   * Records that this observation came in a form-letter campaign, before the entry is stored
   * (entries are never updated): the report lists the campaign once, at its representative, with
   * every member's code.
   *
   * @param members the campaign's members in the report, the representative among them
   */
  public ReportEntry inCampaign(String representative, List<String> members) {
    if (!members.contains(trackingCode) || !members.contains(representative)) {
      throw new IllegalArgumentException(
          trackingCode + " and " + representative + " must be members");
    }
    if (trackingCode.equals(representative)) {
      campaignCodes =
          String.join(",", members.stream().filter(m -> !m.equals(representative)).toList());
    } else {
      campaignOf = representative;
    }
    return this;
  }

  /**
   * The public form of a settled observation. An observation still waiting for its answer cannot be
   * in a report: the report is published when every answer is (see {@link ReportReadiness}).
   */
  public static ReportEntry of(ResponseReport report, int position, ObservationFacts f) {
    return build(Objects.requireNonNull(report), position, f);
  }

  /**
   * The same public form, belonging to no report yet: for counting before the report row is
   * written.
   */
  public static ReportEntry preview(ObservationFacts f) {
    return build(null, 0, f);
  }

  private static ReportEntry build(ResponseReport report, int position, ObservationFacts f) {
    ReportDisposition disposition = ReportDisposition.of(f.status());
    if (disposition == null) {
      throw new IllegalArgumentException(f.trackingCode() + " is not settled: " + f.status());
    }
    var e = new ReportEntry();
    e.report = report;
    e.position = position;
    e.trackingCode = f.trackingCode();
    e.partLabel = f.partLabel();
    e.publicAuthor = f.showName() ? f.authorName() : null;
    e.stakeholderGroup = f.group();
    e.departmentCode = f.departmentCode();
    e.channel = f.channel();
    e.receivedAt = f.receivedAt();
    e.text = f.triage() != null && f.triage().hidesText() ? null : PersonalData.redact(f.text());
    e.disposition = disposition;
    e.dueDate = Objects.requireNonNull(f.dueDate());
    switch (disposition) {
      case ANSWERED -> {
        e.outcome = Objects.requireNonNull(f.outcome());
        // Staff write answers, but they may quote the citizen: the same redaction applies.
        e.answerText = PersonalData.redact(f.answerText());
        e.answeredAt = Objects.requireNonNull(f.answerPublishedAt());
        e.onTime = isOnTime(e.answeredAt, e.dueDate);
      }
      case REJECTED -> e.reason = f.triage();
      case REDIRECTED -> e.reason = Triage.PETITION;
    }
    return e;
  }

  /** On time, by the one rule in {@link Answer#publishedOnTime}. */
  public static boolean isOnTime(Instant publishedAt, LocalDate dueDate) {
    return Answer.publishedOnTime(publishedAt, dueDate);
  }

  public Long getId() {
    return id;
  }

  public ResponseReport getReport() {
    return report;
  }

  public int getPosition() {
    return position;
  }

  public String getTrackingCode() {
    return trackingCode;
  }

  public String getPartLabel() {
    return partLabel;
  }

  /** The author's name when they allowed it to be shown; null otherwise ("Ciudadano/a"). */
  public String getPublicAuthor() {
    return publicAuthor;
  }

  public StakeholderGroup getStakeholderGroup() {
    return stakeholderGroup;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public Channel getChannel() {
    return channel;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  /** The redacted text; null when it is withheld (spam, offensive). */
  public String getText() {
    return text;
  }

  public ReportDisposition getDisposition() {
    return disposition;
  }

  /** Why it was not answered here: the rejection reason, or PETITION when sent to PQRSD. */
  public Triage getReason() {
    return reason;
  }

  public AnswerOutcome getOutcome() {
    return outcome;
  }

  public String getAnswerText() {
    return answerText;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Boolean getOnTime() {
    return onTime;
  }
}
