package co.gov.icetex.participa.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An observation as campaign grouping sees it: its fingerprint and its campaign. Mapped onto the
 * {@code observation} table's own columns (V17) so that {@code observation} knows nothing of
 * campaigns (it may not depend on this feature); the columns the observation feature owns are
 * read-only here, and rows are never inserted through this entity, only found and updated.
 */
@Entity
@Table(name = "observation")
public class CampaignMember {

  @Id private Long id;

  @Column(name = "consultation_id", insertable = false, updatable = false)
  private Long consultationId;

  @Column(name = "tracking_code", insertable = false, updatable = false)
  private String trackingCode;

  @Column(name = "text", insertable = false, updatable = false)
  private String text;

  @Column(name = "received_at", insertable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "exact_key")
  private String exactKey;

  @Column(name = "signature")
  private byte[] signature;

  @Column(name = "grouped_at")
  private Instant groupedAt;

  @Column(name = "split_off_at")
  private Instant splitOffAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  protected CampaignMember() {}

  /**
   * An observation row as loaded; the rows come from intake, so only the domain tests build one.
   */
  CampaignMember(long id, long consultationId, String trackingCode, String text) {
    this.id = id;
    this.consultationId = consultationId;
    this.trackingCode = trackingCode;
    this.text = text;
  }

  /**
   * Stores the fingerprint of its text and marks it grouped (alone until a campaign takes it). Once
   * only: a second grouping would count it twice in its campaign.
   */
  public void fingerprinted(TextFingerprint fingerprint, Instant now) {
    if (groupedAt != null) {
      throw new IllegalStateException("already grouped: " + trackingCode);
    }
    this.exactKey = fingerprint.exactKey();
    this.signature = fingerprint.hasSignature() ? fingerprint.signature().toBytes() : null;
    this.groupedAt = now;
  }

  /** Its fingerprint as stored, or computed from the text if it was not grouped yet. */
  public TextFingerprint fingerprint() {
    return groupedAt == null
        ? TextFingerprint.of(text)
        : TextFingerprint.restore(exactKey, signature);
  }

  public boolean isGrouped() {
    return groupedAt != null;
  }

  public boolean isSplitOff() {
    return splitOffAt != null;
  }

  // Only Campaign moves members in and out, keeping its count with them.
  void joined(Campaign c) {
    this.campaign = c;
  }

  void splitOff(Instant now) {
    this.campaign = null;
    this.splitOffAt = now;
  }

  void released() {
    this.campaign = null;
  }

  public Long getId() {
    return id;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public String getTrackingCode() {
    return trackingCode;
  }

  public String getText() {
    return text;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Campaign getCampaign() {
    return campaign;
  }
}
