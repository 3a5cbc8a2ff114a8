package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Locale;
import java.util.Objects;

/**
 * A person's registration to attend a hearing; one per e-mail and hearing (the database's unique
 * key). It holds a seat once confirmed through the link e-mailed to the address ({@link
 * EmailConfirmation}); sending the form again before that renews the details and the link.
 */
@Entity
@Table(name = "hearing_registration")
@NamedQuery(
    name = HearingRegistration.FIND_BY_CONFIRMATION,
    query =
        "SELECT r FROM HearingRegistration r JOIN FETCH r.hearing WHERE r.confirmation.confirmationHash = :hash")
@NamedQuery(
    name = HearingRegistration.FIND_BY_EMAIL,
    query = "SELECT r FROM HearingRegistration r WHERE r.hearing = :hearing AND r.email = :email")
@NamedQuery(
    name = HearingRegistration.COUNT_CONFIRMED,
    query =
        "SELECT COUNT(r) FROM HearingRegistration r WHERE r.hearing = :hearing AND r.mode = :mode"
            + " AND r.confirmation.confirmedAt IS NOT NULL")
public class HearingRegistration {

  public static final String FIND_BY_CONFIRMATION = "HearingRegistration.findByConfirmation";
  public static final String FIND_BY_EMAIL = "HearingRegistration.findByEmail";
  public static final String COUNT_CONFIRMED = "HearingRegistration.countConfirmed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  /** Null once suppressed. */
  @Column private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttendanceMode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakeholder_group", nullable = false)
  private StakeholderGroup stakeholderGroup;

  @Column(name = "department_code", nullable = false)
  private String departmentCode;

  @Column(name = "consent_policy", nullable = false)
  private String consentPolicy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "personal_data_suppressed_at")
  private Instant personalDataSuppressedAt;

  @Embedded private EmailConfirmation confirmation;

  protected HearingRegistration() {}

  /** A registration waiting for its confirmation link ({@code secretHash}) to be followed. */
  public HearingRegistration(
      Hearing hearing, RegistrationRequest request, String secretHash, Instant now) {
    this.hearing = Objects.requireNonNull(hearing);
    this.email = request.email().toLowerCase(Locale.ROOT);
    this.consentPolicy = Observation.CONSENT_POLICY_VERSION;
    take(request, secretHash, now);
  }

  /**
   * Sent again before it was confirmed: the latest details and a new link (the old one stops
   * working).
   */
  public void renew(RegistrationRequest request, String secretHash, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException("A confirmed registration is not renewed");
    }
    take(request, secretHash, now);
  }

  private void take(RegistrationRequest request, String secretHash, Instant now) {
    this.fullName = request.fullName();
    this.mode = request.mode();
    this.stakeholderGroup = request.stakeholderGroup();
    this.departmentCode = request.department().getCode();
    this.createdAt = Objects.requireNonNull(now);
    this.confirmation = EmailConfirmation.pending(secretHash);
  }

  public boolean isConfirmed() {
    return confirmation != null && confirmation.isConfirmed();
  }

  /** Whether the link e-mailed with this registration still works at {@code now}. */
  public boolean confirmationLinkWorksAt(Instant now) {
    return isConfirmed() || confirmation.linkWorksAt(createdAt, now);
  }

  /**
   * The person followed the link: the registration now holds a seat (the caller checked there is
   * one).
   */
  public void confirm(Instant now) {
    confirmation.confirm(now);
  }

  /**
   * Suppresses the attendee's name and e-mail at their request (Ley 1581 de 2012); the registration
   * stays, so attendance figures do not change.
   */
  public void suppressPersonalData(Instant now) {
    if (personalDataSuppressedAt != null) {
      return;
    }
    fullName = Observation.SUPPRESSED_AUTHOR;
    email = null;
    personalDataSuppressedAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public Hearing getHearing() {
    return hearing;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public AttendanceMode getMode() {
    return mode;
  }

  public Department getDepartment() {
    return Department.ofCode(departmentCode).orElseThrow();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
