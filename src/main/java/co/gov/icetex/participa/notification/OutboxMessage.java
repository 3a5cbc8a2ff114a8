package co.gov.icetex.participa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An e-mail waiting to be delivered. (kind, reference) is unique, so the same notice about the same
 * thing is queued once even if its event is handled twice.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

  static final int MAX_ERROR = 1000;

  /**
   * What stands for the address, subject and text of a sent message once its recipient was
   * forgotten.
   */
  static final String SUPPRESSED = "[suprimido a solicitud del titular]";

  /** What replaces a delivered body that held a secret. */
  static final String REDACTED = "[delivered; content removed because it held a single-use link]";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String reference;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  /** Until when one instance holds the message for delivery; see {@link OutboxStore#claimDue}. */
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  /** Which delivery round holds the message; see {@link OutboxStore#claimDue}. */
  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  /**
   * Header lines besides the usual ones, "Name: value" one a line (see {@link #extraHeaders});
   * usually null.
   */
  @Column(name = "extra_headers")
  private String extraHeaders;

  protected OutboxMessage() {}

  public OutboxMessage(
      String kind,
      String reference,
      String recipient,
      String subject,
      String bodyText,
      Instant now) {
    this.kind = Objects.requireNonNull(kind);
    this.reference = Objects.requireNonNull(reference);
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.bodyText = Objects.requireNonNull(bodyText);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** A message with extra header lines; names and values must be single-line ASCII. */
  public OutboxMessage(
      String kind,
      String reference,
      String recipient,
      String subject,
      String bodyText,
      Map<String, String> headers,
      Instant now) {
    this(kind, reference, recipient, subject, bodyText, now);
    if (!headers.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      headers.forEach(
          (name, value) -> {
            if (!name.matches("[A-Za-z0-9-]+") || !value.matches("[\\x20-\\x7e]+")) {
              throw new IllegalArgumentException("A header must be one line of ASCII: " + name);
            }
            lines.append(name).append(": ").append(value).append('\n');
          });
      this.extraHeaders = lines.toString();
    }
  }

  /** The extra header lines, in the order given; empty for most messages. */
  public Map<String, String> extraHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (extraHeaders != null) {
      for (String line : extraHeaders.split("\n")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
      }
    }
    return headers;
  }

  /**
   * Whether the body holds a single-use link (a credential): password links, and every kind named
   * {@code *_LINK} (confirmation links). Such a body is blanked once delivered.
   */
  static boolean holdsSecret(String kind) {
    return PasswordLinkMail.SECRET_BODIES.contains(kind) || kind.endsWith("_LINK");
  }

  void delivered(Instant now) {
    if (holdsSecret(kind)) {
      this.bodyText = REDACTED; // the link in it is a credential; the recipient has it now
    }
    this.sentAt = now;
    this.claimedUntil = null;
    this.claimToken = null;
    this.attempts++;
    this.lastError = null;
  }

  /** Waits longer after each failure: base, 2×base, 4×base… up to {@code maxDelay}. */
  void failed(String error, Instant now, Duration base, Duration maxDelay) {
    this.attempts++;
    this.claimedUntil = null;
    this.claimToken = null;
    this.lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), MAX_ERROR));
    Duration delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
    this.nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
