package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.domain.Office;
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
import java.time.LocalDate;
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
@NamedQuery(
    name = Observation.IDS_BY_EMAIL,
    query = "SELECT o.id FROM Observation o WHERE o.email = :email ORDER BY o.receivedAt, o.id")
public class Observation {

  public static final String FIND_BY_CODE = "Observation.findByCode";
  public static final String FIND_BY_IDEMPOTENCY_KEY = "Observation.findByIdempotencyKey";

  /** Ids of the observations sent with an address (stored lower-case), oldest first. */
  public static final String IDS_BY_EMAIL = "Observation.idsByEmail";

  /** The version of the personal-data policy people consent to; bump it when the policy changes. */
  public static final String CONSENT_POLICY_VERSION = "2026-01";

  /** What stands for the author's name once their personal data was suppressed (staff see it). */
  public static final String SUPPRESSED_AUTHOR = "Titular con datos suprimidos";

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

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "extended_due_date")
  private LocalDate extendedDueDate;

  @Column(name = "extension_reason")
  private String extensionReason;

  @Column(name = "extended_at")
  private Instant extendedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "triage")
  private Triage triage;

  @Column(name = "triage_reason")
  private String triageReason;

  @Column(name = "triaged_by")
  private String triagedBy;

  @Column(name = "triaged_at")
  private Instant triagedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private Observation duplicateOf;

  @Enumerated(EnumType.STRING)
  @Column(name = "petition_kind")
  private PetitionKind petitionKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id")
  private Office office;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  /**
   * The answer's id, read only: the {@code answer} feature's {@code Answer} owns the link and
   * writes this column when it is stored ({@link #answerStored}), so an observation depends on
   * nothing of answering (answering builds on observations). Null until the observation is
   * answered.
   */
  @Column(name = "answer_id", insertable = false, updatable = false)
  private Long answerId;

  /** The staff member who typed in an observation received by another channel; null for the web. */
  @Column(name = "registered_by")
  private String registeredBy;

  @Version private long version;

  @OneToOne(
      mappedBy = "observation",
      cascade = CascadeType.PERSIST,
      fetch = FetchType.LAZY,
      orphanRemoval = true)
  private ObservationAttachment attachment;

  @Column(name = "personal_data_suppressed_at")
  private Instant personalDataSuppressedAt;

  protected Observation() {}

  /**
   * Receives a valid submission. The caller has checked the window and the part; this constructor
   * checks what the observation itself needs to be whole. {@code dueDate} is the Bogotá date its
   * answer is due, counted in business days from receipt.
   */
  public Observation(
      TrackingCode code,
      Consultation consultation,
      ConsultationPart part,
      ObservationSubmission submission,
      Channel channel,
      Instant now,
      LocalDate dueDate) {
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
    this.email = submission.email() == null ? "" : submission.email().toLowerCase(Locale.ROOT);
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
    this.dueDate = Objects.requireNonNull(dueDate);
  }

  /**
   * An observation that reached ICETEX by another channel (a letter, an e-mail, a regional meeting,
   * the hearing), typed in by staff. It was received when the citizen sent it, not when it was
   * typed in: the deadline counts from {@code receivedAt}.
   */
  public static Observation registeredByStaff(
      TrackingCode code,
      Consultation consultation,
      ConsultationPart part,
      ObservationSubmission submission,
      Channel channel,
      Instant receivedAt,
      LocalDate dueDate,
      String registeredBy,
      Instant now) {
    if (!Channel.REGISTERED_BY_STAFF.contains(channel)) {
      throw new IllegalArgumentException("Staff register only observations of other channels");
    }
    if (receivedAt.isAfter(now)) {
      throw Refusal.of(Reason.CONFLICT, "moderation.register.error.future");
    }
    var o = new Observation(code, consultation, part, submission, channel, now, dueDate);
    o.receivedAt = receivedAt;
    o.registeredBy = Objects.requireNonNull(registeredBy);
    return o;
  }

  /**
   * Whether the author left an address to write to (observations typed in from a letter may not).
   */
  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }

  /**
   * A moderator's decision. Rejections need a reason (the author receives it); a duplicate names
   * the original; a petition leaves the consultation's answers for the PQRSD channel with its own
   * due date.
   */
  public void triage(
      Triage decision,
      String reason,
      Observation original,
      PetitionKind petition,
      LocalDate petitionDueDate,
      String moderator,
      Instant now) {
    Objects.requireNonNull(decision);
    if (!status.isTriageable()) {
      throw Refusal.of(Reason.CONFLICT, "moderation.error.notTriageable", trackingCode);
    }
    boolean hasReason = reason != null && !reason.isBlank();
    if ((decision.isRejection() || decision == Triage.PETITION) && !hasReason) {
      throw Refusal.of(Reason.CONFLICT, "moderation.error.reasonRequired");
    }
    if (decision == Triage.DUPLICATE) {
      if (original == null || original == this || original.consultation != consultation) {
        throw Refusal.of(Reason.CONFLICT, "moderation.error.duplicateOriginal");
      }
    }
    if (decision == Triage.PETITION && (petition == null || petitionDueDate == null)) {
      throw Refusal.of(Reason.CONFLICT, "moderation.error.petitionKind");
    }
    this.triage = decision;
    this.triageReason = hasReason ? reason.strip() : null;
    this.triagedBy = moderator;
    this.triagedAt = now;
    this.duplicateOf = decision == Triage.DUPLICATE ? original : null;
    this.petitionKind = decision == Triage.PETITION ? petition : null;
    if (decision == Triage.PUBLISHABLE) {
      this.status = office == null ? ObservationStatus.ACCEPTED : ObservationStatus.ASSIGNED;
    } else {
      this.office = null;
      this.assignedAt = null;
      this.status =
          decision == Triage.PETITION ? ObservationStatus.REDIRECTED : ObservationStatus.REJECTED;
      if (decision == Triage.PETITION) {
        this.dueDate = petitionDueDate;
        this.extendedDueDate = null;
      }
    }
    this.updatedAt = now;
  }

  /**
   * Sends the observation to an office to be answered. Assigning one that was not triaged yet
   * accepts it as publishable; reassigning is possible until an answer is drafted.
   */
  public void assignTo(Office target, String moderator, Instant now) {
    Objects.requireNonNull(target);
    if (!target.isActive()) {
      throw Refusal.of(Reason.CONFLICT, "moderation.error.officeInactive", target.getName());
    }
    if (status == ObservationStatus.RECEIVED) {
      this.triage = Triage.PUBLISHABLE;
      this.triagedBy = moderator;
      this.triagedAt = now;
    } else if (status != ObservationStatus.ACCEPTED && status != ObservationStatus.ASSIGNED) {
      throw Refusal.of(Reason.CONFLICT, "moderation.error.notAssignable", trackingCode);
    }
    this.office = target;
    this.assignedAt = now;
    this.status = ObservationStatus.ASSIGNED;
    this.updatedAt = now;
  }

  /**
   * A first answer may be drafted for it: assigned to an office, and not answered yet (a returned
   * one has its answer, which is drafted again).
   */
  public boolean isAwaitingAnswer() {
    return status == ObservationStatus.ASSIGNED && answerId == null;
  }

  /**
   * Called by the {@code answer} feature's {@code Answer} only (public because it lives in another
   * package): the answer is the one place that moves answered observations, in step with its own
   * status, from the first draft to publication.
   */
  public void answerMoved(ObservationStatus next, Instant now) {
    this.status = Objects.requireNonNull(next);
    this.updatedAt = now;
  }

  /**
   * Called by the {@code answer} feature's {@code Answer} once it is stored, when its id exists:
   * the answer's link writes the column, this keeps the observation already read in step with it.
   */
  public void answerStored(long answerId) {
    this.answerId = answerId;
  }

  /**
   * A responder of its office may write its answer: a first draft, or a new one of its own answer.
   * Its answer moves it in step ({@code AnswerStatus.observationStatus}), so an answer still
   * editable (a draft, or returned) is one whose observations are DRAFTED or RETURNED.
   */
  public boolean isOpenForAnswer() {
    return isAwaitingAnswer()
        || status == ObservationStatus.DRAFTED
        || status == ObservationStatus.RETURNED;
  }

  /** The deadline may still be extended today: pending, never extended, not yet overdue. */
  public boolean isExtendableOn(LocalDate today) {
    return status.isPending() && extendedDueDate == null && !today.isAfter(dueDate);
  }

  /**
   * Ley 1755 de 2015, art. 14 par.: before the deadline the author may be told that the answer
   * needs more time, with the reasons and a new date no later than double the original term.
   */
  public void extendDeadline(
      LocalDate newDueDate, LocalDate latestAllowed, String reason, LocalDate today, Instant now) {
    if (!status.isPending()) {
      throw Refusal.of(Reason.CONFLICT, "deadline.error.notPending", trackingCode);
    }
    if (extendedDueDate != null) {
      throw Refusal.of(Reason.CONFLICT, "deadline.error.alreadyExtended", trackingCode);
    }
    if (today.isAfter(dueDate)) {
      throw Refusal.of(Reason.CONFLICT, "deadline.error.alreadyOverdue", trackingCode);
    }
    if (reason == null || reason.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "deadline.error.reasonRequired");
    }
    if (newDueDate == null || !newDueDate.isAfter(dueDate) || newDueDate.isAfter(latestAllowed)) {
      throw Refusal.of(Reason.CONFLICT, "deadline.error.dateOutOfRange", latestAllowed);
    }
    this.extendedDueDate = newDueDate;
    this.extensionReason = reason.strip();
    this.extendedAt = now;
    this.updatedAt = now;
  }

  /** Reads what a staff page shows while the transaction is open (the associations are lazy). */
  public void loadForReview() {
    consultation.getTitle();
    if (part != null) {
      part.getLabel();
    }
    if (office != null) {
      office.getName();
    }
    if (duplicateOf != null) {
      duplicateOf.getTrackingCode();
    }
    if (attachment != null) {
      attachment.getFile();
    }
  }

  /** What the audit trail records before and after a staff action on this observation. */
  public String auditState() {
    var state = new StringBuilder("status=").append(status);
    if (triage != null) {
      state.append("; triage=").append(triage);
    }
    if (duplicateOf != null) {
      state.append("; duplicateOf=").append(duplicateOf.trackingCode);
    }
    if (petitionKind != null) {
      state.append("; petition=").append(petitionKind);
    }
    if (office != null) {
      state.append("; office=").append(office.getName());
    }
    state.append("; due=").append(effectiveDueDate());
    if (answerId != null) {
      state.append("; answer=").append(answerId);
    }
    return state.toString();
  }

  /** The date the answer is due now: the extended date when the author was told of an extension. */
  public LocalDate effectiveDueDate() {
    return extendedDueDate != null ? extendedDueDate : dueDate;
  }

  public boolean isOverdueOn(LocalDate today) {
    return status.isPending() && today.isAfter(effectiveDueDate());
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

  /**
   * The e-mail is the proof of authorship for a lookup; compared without regard to case. An
   * observation without an e-mail (registered from a letter, or suppressed) has no author to prove.
   */
  public boolean isAuthoredBy(String email) {
    return hasEmail() && email != null && this.email.equalsIgnoreCase(email.strip());
  }

  /**
   * Suppresses the author's personal data at their request (Ley 1581 de 2012): name, e-mail, the
   * client key and the attachment go; the text stays, as part of the consultation's public record,
   * and public pages redact what personal data it may contain. It cannot be undone, and nothing
   * more is ever e-mailed about this observation.
   */
  public void suppressPersonalData(Instant now) {
    if (personalDataSuppressedAt != null) {
      return;
    }
    authorName = SUPPRESSED_AUTHOR;
    email = "";
    showName = false;
    clientKey = null;
    attachment = null;
    personalDataSuppressedAt = Objects.requireNonNull(now);
  }

  public boolean isPersonalDataSuppressed() {
    return personalDataSuppressedAt != null;
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

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getExtendedDueDate() {
    return extendedDueDate;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public Instant getExtendedAt() {
    return extendedAt;
  }

  public Triage getTriage() {
    return triage;
  }

  public String getTriageReason() {
    return triageReason;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public Observation getDuplicateOf() {
    return duplicateOf;
  }

  public PetitionKind getPetitionKind() {
    return petitionKind;
  }

  public Office getOffice() {
    return office;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  /** The id of its answer (the {@code answer} feature's), or null before one is drafted. */
  public Long getAnswerId() {
    return answerId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
