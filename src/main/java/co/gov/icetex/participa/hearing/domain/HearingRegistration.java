package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
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
import java.util.Locale;
import java.util.Objects;

/** A person's registration to attend a hearing; one per e-mail and hearing (the database's unique key). */
@Entity
@Table(name = "hearing_registration")
public class HearingRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  /** Null once suppressed. */
  @Column
  private String email;

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

  protected HearingRegistration() {}

  public HearingRegistration(Hearing hearing, RegistrationRequest request, Instant now) {
    this.hearing = Objects.requireNonNull(hearing);
    this.fullName = request.fullName();
    this.email = request.email().toLowerCase(Locale.ROOT);
    this.mode = request.mode();
    this.stakeholderGroup = request.stakeholderGroup();
    this.departmentCode = request.department().getCode();
    this.consentPolicy = Observation.CONSENT_POLICY_VERSION;
    this.createdAt = now;
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
