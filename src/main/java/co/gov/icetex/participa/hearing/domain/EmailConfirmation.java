package co.gov.icetex.participa.hearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * That a person proved they read the address they gave, by following the link e-mailed to it: until
 * then a registration holds no seat and an evaluation does not count, so made-up addresses fill
 * nothing. Only the link secret's SHA-256 is kept ({@code LinkSecrets}).
 */
@Embeddable
public class EmailConfirmation {

  /** How long a confirmation link works; after it the person sends the form again. */
  public static final Duration LINK_LIFETIME = Duration.ofDays(2);

  @Column(name = "confirmation_hash")
  private String confirmationHash;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected EmailConfirmation() {}

  static EmailConfirmation pending(String secretHash) {
    var c = new EmailConfirmation();
    c.confirmationHash = Objects.requireNonNull(secretHash);
    return c;
  }

  boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** A link sent at {@code sentAt} works for {@link #LINK_LIFETIME}. */
  boolean linkWorksAt(Instant sentAt, Instant now) {
    return now.isBefore(sentAt.plus(LINK_LIFETIME));
  }

  void confirm(Instant now) {
    if (confirmedAt == null) {
      confirmedAt = Objects.requireNonNull(now);
    }
  }

  Instant confirmedAt() {
    return confirmedAt;
  }
}
