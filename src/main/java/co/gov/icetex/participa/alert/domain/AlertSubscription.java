package co.gov.icetex.participa.alert.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.observation.domain.Observation;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's wish to hear from the portal by e-mail, without an account: either general (new
 * consultations and closing reminders, all or one type) or about one consultation's published
 * documents. One per address and scope (the database's unique key). It counts only once the address
 * confirms it through the link e-mailed to it (double opt-in), and then only for what happens after
 * the confirmation: subscribing is not a way to receive the past.
 */
@Entity
@Table(name = "alert_subscription")
@NamedQuery(
    name = AlertSubscription.FIND_BY_CONFIRMATION,
    query =
        "SELECT s FROM AlertSubscription s LEFT JOIN FETCH s.consultation WHERE s.confirmationHash = :hash")
@NamedQuery(
    name = AlertSubscription.FIND_GENERAL,
    query = "SELECT s FROM AlertSubscription s WHERE s.email = :email AND s.consultation IS NULL")
@NamedQuery(
    name = AlertSubscription.FIND_FOR_CONSULTATION,
    query =
        "SELECT s FROM AlertSubscription s WHERE s.email = :email AND s.consultation = :consultation")
@NamedQuery(
    name = AlertSubscription.FIND_BY_EMAIL,
    query =
        "SELECT s FROM AlertSubscription s LEFT JOIN FETCH s.consultation WHERE s.email = :email ORDER BY s.id")
@NamedQuery(
    name = AlertSubscription.FIND_CONFIRMED_GENERAL,
    query =
        "SELECT s FROM AlertSubscription s WHERE s.consultation IS NULL AND s.confirmedAt IS NOT NULL ORDER BY s.id")
@NamedQuery(
    name = AlertSubscription.FIND_CONFIRMED_FOLLOWING,
    query =
        "SELECT s FROM AlertSubscription s WHERE s.consultation.id = :consultation AND s.confirmedAt IS NOT NULL"
            + " ORDER BY s.id")
public class AlertSubscription {

  public static final String FIND_BY_CONFIRMATION = "AlertSubscription.findByConfirmation";
  public static final String FIND_GENERAL = "AlertSubscription.findGeneral";
  public static final String FIND_FOR_CONSULTATION = "AlertSubscription.findForConsultation";
  public static final String FIND_BY_EMAIL = "AlertSubscription.findByEmail";
  public static final String FIND_CONFIRMED_GENERAL = "AlertSubscription.findConfirmedGeneral";
  public static final String FIND_CONFIRMED_FOLLOWING = "AlertSubscription.findConfirmedFollowing";

  /** How long a confirmation link works; after it the person sends the form again. */
  public static final Duration LINK_LIFETIME = Duration.ofDays(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  /** The consultation whose documents are followed; null for a general subscription. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @Column(name = "new_consultations", nullable = false)
  private boolean newConsultations;

  @Enumerated(EnumType.STRING)
  @Column(name = "consultation_type")
  private ConsultationType consultationType;

  @Column(name = "closing_reminders", nullable = false)
  private boolean closingReminders;

  @Column(name = "consent_policy", nullable = false)
  private String consentPolicy;

  @Column(name = "consented_at", nullable = false)
  private Instant consentedAt;

  /** When the last confirmation link was sent: it works for {@link #LINK_LIFETIME} from then. */
  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  /** SHA-256 of the confirmation link's secret (see {@code LinkSecrets}). */
  @Column(name = "confirmation_hash")
  private String confirmationHash;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected AlertSubscription() {}

  private AlertSubscription(
      String email, Consultation consultation, String secretHash, Instant now) {
    this.email = email.strip().toLowerCase(Locale.ROOT);
    this.consultation = consultation;
    take(secretHash, now);
  }

  /**
   * A general subscription waiting for its confirmation link ({@code secretHash}) to be followed.
   */
  public static AlertSubscription general(
      String email, AlertTopics topics, String secretHash, Instant now) {
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("A general subscription names at least one topic");
    }
    var s = new AlertSubscription(email, null, secretHash, now);
    s.setTopics(topics);
    return s;
  }

  /** A subscription to one consultation's published documents, waiting for its confirmation. */
  public static AlertSubscription following(
      String email, Consultation consultation, String secretHash, Instant now) {
    return new AlertSubscription(
        email, Objects.requireNonNull(consultation, "consultation"), secretHash, now);
  }

  /**
   * Sent again before it was confirmed: the latest topics, a fresh consent and a new link (the old
   * one stops working).
   */
  public void renew(AlertTopics topics, String secretHash, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException(
          "A confirmed subscription is changed through its management page");
    }
    if (consultation == null) {
      setTopics(topics);
    }
    take(secretHash, now);
  }

  private void take(String secretHash, Instant now) {
    this.confirmationHash = Objects.requireNonNull(secretHash);
    this.requestedAt = Objects.requireNonNull(now);
    this.consentPolicy = Observation.CONSENT_POLICY_VERSION;
    this.consentedAt = now;
  }

  /** The holder changes what a general subscription asks for; at least one topic remains. */
  public void changeTopics(AlertTopics topics) {
    if (consultation != null) {
      throw new IllegalStateException("A consultation's subscription has no topics");
    }
    if (topics.isEmpty()) {
      throw new IllegalArgumentException(
          "A general subscription names at least one topic; unsubscribe instead");
    }
    setTopics(topics);
  }

  private void setTopics(AlertTopics topics) {
    this.newConsultations = topics.newConsultations();
    this.consultationType = topics.type();
    this.closingReminders = topics.closingReminders();
  }

  /** The holder followed the link (once; following it again changes nothing). */
  public void confirm(Instant now) {
    if (confirmedAt == null) {
      confirmedAt = Objects.requireNonNull(now);
    }
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Whether the link e-mailed with this subscription still works at {@code now}. */
  public boolean confirmationLinkWorksAt(Instant now) {
    return isConfirmed() || now.isBefore(requestedAt.plus(LINK_LIFETIME));
  }

  /** Whether to tell this holder that a consultation of {@code type} opened at {@code openedAt}. */
  public boolean wantsOpening(ConsultationType type, Instant openedAt) {
    return isConfirmed()
        && consultation == null
        && newConsultations
        && topics().covers(type)
        && !openedAt.isBefore(confirmedAt);
  }

  /** Whether to remind this holder that a consultation of {@code type} closes soon. */
  public boolean wantsClosingReminder(ConsultationType type) {
    return isConfirmed() && consultation == null && closingReminders && topics().covers(type);
  }

  /**
   * Whether to tell this holder that a document of consultation {@code consultationId} was
   * published at {@code publishedAt}.
   */
  public boolean wantsDocumentOf(long consultationId, Instant publishedAt) {
    return isConfirmed()
        && consultation != null
        && consultation.getId() == consultationId
        && !publishedAt.isBefore(confirmedAt);
  }

  public AlertTopics topics() {
    return new AlertTopics(newConsultations, consultationType, closingReminders);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public Consultation getConsultation() {
    return consultation;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getConsentPolicy() {
    return consentPolicy;
  }
}
