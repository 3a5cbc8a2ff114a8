package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A citizen's observation on a consultation, or on one part of it. It is created only from a valid
 * {@link ObservationSubmission} for a consultation that accepts observations at that moment.
 */
@Entity
@Table(name = "observation")
@NamedQuery(
    name = Observation.FIND_BY_CODE,
    query = "SELECT o FROM Observation o WHERE o.trackingCode = :code")
@NamedQuery(
    name = Observation.FIND_BY_IDEMPOTENCY_KEY,
    query = "SELECT o FROM Observation o WHERE o.idempotencyKey = :key")
public class Observation {

  public static final String FIND_BY_CODE = "Observation.findByCode";
  public static final String FIND_BY_IDEMPOTENCY_KEY = "Observation.findByIdempotencyKey";

  /** The version of the personal-data policy people consent to; bump it when the policy changes. */
  public static final String CONSENT_POLICY_VERSION = "2026-01";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tracking_code", nullable = false, unique = true)
  private String trackingCode;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "part_id")
  private ConsultationPart part;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakeholder_group", nullable = false)
  private StakeholderGroup stakeholderGroup;

  @Column(name = "department_code", nullable = false)
  private String departmentCode;

  @Column(nullable = false)
  private String text;

  @Column(name = "show_name", nullable = false)
  private boolean showName;

  @Column(name = "consent_policy", nullable = false)
  private String consentPolicy;

  @Column(name = "consented_at", nullable = false)
  private Instant consentedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObservationStatus status;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "idempotency_key", unique = true)
  private String idempotencyKey;

  /** A keyed hash of the sender's network address, kept only to limit abuse; never the address. */
  @Column(name = "client_key")
  private String clientKey;

  @Version private long version;

  @OneToOne(mappedBy = "observation", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  private ObservationAttachment attachment;

  protected Observation() {}

  /**
   * Receives a valid submission. The caller has checked the window and the part; this constructor
   * checks what the observation itself needs to be whole.
   */
  public Observation(
      TrackingCode code,
      Consultation consultation,
      ConsultationPart part,
      ObservationSubmission submission,
      Channel channel,
      Instant now) {
    if (!submission.consent()) {
      throw new IllegalArgumentException("An observation needs consent to the data policy");
    }
    if (part != null && part.getConsultation() != consultation) {
      throw new IllegalArgumentException("The part belongs to another consultation");
    }
    this.trackingCode = code.toString();
    this.consultation = Objects.requireNonNull(consultation);
    this.part = part;
    this.authorName = submission.authorName();
    this.email = submission.email().toLowerCase(Locale.ROOT);
    this.stakeholderGroup = submission.stakeholderGroup();
    this.departmentCode = submission.department().getCode();
    this.text = submission.text();
    this.showName = submission.showName();
    this.consentPolicy = CONSENT_POLICY_VERSION;
    this.consentedAt = now;
    this.channel = Objects.requireNonNull(channel);
    this.status = ObservationStatus.RECEIVED;
    this.receivedAt = now;
    this.updatedAt = now;
  }

  public void attach(AttachmentType type, AttachmentUpload upload) {
    if (attachment != null) {
      throw new IllegalStateException("An observation has at most one attachment");
    }
    this.attachment = new ObservationAttachment(this, type, upload);
  }

  /** Marks where the submission came from, so a repeat of it finds this observation again. */
  public void identifySubmission(String idempotencyKey, String clientKey) {
    this.idempotencyKey = idempotencyKey;
    this.clientKey = clientKey;
  }

  /** The e-mail is the proof of authorship for a lookup; compared without regard to case. */
  public boolean isAuthoredBy(String email) {
    return email != null && this.email.equalsIgnoreCase(email.strip());
  }

  /** The name the public may see: the author's only when they chose to show it. */
  public String publicAuthorName() {
    return showName ? authorName : null;
  }

  public Long getId() {
    return id;
  }

  public String getTrackingCode() {
    return trackingCode;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public ConsultationPart getPart() {
    return part;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getEmail() {
    return email;
  }

  public StakeholderGroup getStakeholderGroup() {
    return stakeholderGroup;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getText() {
    return text;
  }

  public boolean isShowName() {
    return showName;
  }

  public Channel getChannel() {
    return channel;
  }

  public ObservationStatus getStatus() {
    return status;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public ObservationAttachment getAttachment() {
    return attachment;
  }
}
