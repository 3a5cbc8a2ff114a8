package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An accountability hearing (audiencia pública de rendición de cuentas, Ley 1757 de 2015): when and
 * where it happens, its agenda and materials, and the windows around it. Suggestions and questions
 * sent before it are observations of its questions consultation, so they are received, moderated,
 * answered and reported like any other observation.
 */
@Entity
@Table(name = "hearing")
@NamedQuery(
    name = Hearing.FIND_PUBLISHED,
    query = "SELECT h FROM Hearing h WHERE h.slug = :slug AND h.published = TRUE")
public class Hearing {

  public static final String FIND_PUBLISHED = "Hearing.findPublished";

  /** How long after the hearing people may still evaluate it, unless set otherwise. */
  public static final Duration DEFAULT_SURVEY_PERIOD = Duration.ofDays(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private int year;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  private String place;

  @Column(name = "stream_url")
  private String streamUrl;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "questions_consultation_id")
  private Consultation questions;

  @Column(name = "in_person_capacity", nullable = false)
  private int inPersonCapacity;

  @Column(name = "online_capacity", nullable = false)
  private int onlineCapacity;

  @Column(name = "registration_closes_at", nullable = false)
  private Instant registrationClosesAt;

  @Column(name = "survey_closes_at", nullable = false)
  private Instant surveyClosesAt;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "hearing", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "hearing", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<HearingMaterial> materials = new ArrayList<>();

  protected Hearing() {}

  public Hearing(
      String slug,
      String title,
      String summary,
      int year,
      Instant startsAt,
      Instant endsAt,
      Instant now) {
    this.slug = requireText(slug, "hearing.error.slug");
    this.createdAt = now;
    describe(title, summary, year);
    schedule(startsAt, endsAt);
    this.registrationClosesAt = startsAt;
    this.surveyClosesAt = endsAt.plus(DEFAULT_SURVEY_PERIOD);
    this.updatedAt = now;
  }

  public void describe(String title, String summary, int year) {
    this.title = requireText(title, "hearing.error.title");
    this.summary = requireText(summary, "hearing.error.summary");
    this.year = year;
  }

  public void schedule(Instant startsAt, Instant endsAt) {
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.times");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Where to attend: a place, a live stream, or both; at least one. */
  public void locate(String place, String streamUrl) {
    boolean hasPlace = place != null && !place.isBlank();
    boolean hasStream = streamUrl != null && !streamUrl.isBlank();
    if (!hasPlace && !hasStream) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.placeOrStream");
    }
    if (hasStream && !streamUrl.strip().startsWith("https://")) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.streamUrl");
    }
    this.place = hasPlace ? place.strip() : null;
    this.streamUrl = hasStream ? streamUrl.strip() : null;
  }

  /**
   * Registration closes no later than the start; the survey opens at the end and closes after it.
   */
  public void openWindows(
      int inPersonCapacity,
      int onlineCapacity,
      Instant registrationClosesAt,
      Instant surveyClosesAt) {
    if (inPersonCapacity < 0 || onlineCapacity < 0 || inPersonCapacity + onlineCapacity == 0) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.capacity");
    }
    if (registrationClosesAt == null || registrationClosesAt.isAfter(startsAt)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.registrationWindow");
    }
    if (surveyClosesAt == null || !surveyClosesAt.isAfter(endsAt)) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.surveyWindow");
    }
    this.inPersonCapacity = inPersonCapacity;
    this.onlineCapacity = onlineCapacity;
    this.registrationClosesAt = registrationClosesAt;
    this.surveyClosesAt = surveyClosesAt;
  }

  /** The consultation through which people send suggestions and questions before the hearing. */
  public void takeQuestionsThrough(Consultation consultation) {
    this.questions = consultation;
  }

  public void publish(Instant now) {
    if (place == null && streamUrl == null) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.placeOrStream");
    }
    this.published = true;
    this.updatedAt = now;
  }

  public AgendaItem addAgendaItem(String timeLabel, String title, String speaker) {
    var item = new AgendaItem(this, agenda.size(), timeLabel, title, speaker);
    agenda.add(item);
    return item;
  }

  public HearingMaterial addMaterial(MaterialKind kind, String title, StoredFile file) {
    var material = new HearingMaterial(this, materials.size(), kind, title, file);
    materials.add(material);
    return material;
  }

  public HearingPhase phaseAt(Instant now) {
    if (now.isBefore(startsAt)) {
      return HearingPhase.UPCOMING;
    }
    return now.isBefore(endsAt) ? HearingPhase.LIVE : HearingPhase.HELD;
  }

  public boolean acceptsRegistrationsAt(Instant now) {
    return published && now.isBefore(registrationClosesAt);
  }

  public boolean acceptsEvaluationsAt(Instant now) {
    return published && !now.isBefore(endsAt) && now.isBefore(surveyClosesAt);
  }

  public int capacityFor(AttendanceMode mode) {
    return mode == AttendanceMode.IN_PERSON ? inPersonCapacity : onlineCapacity;
  }

  private static String requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, key);
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public int getYear() {
    return year;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getStreamUrl() {
    return streamUrl;
  }

  public Consultation getQuestions() {
    return questions;
  }

  public int getInPersonCapacity() {
    return inPersonCapacity;
  }

  public int getOnlineCapacity() {
    return onlineCapacity;
  }

  public Instant getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public Instant getSurveyClosesAt() {
    return surveyClosesAt;
  }

  public boolean isPublished() {
    return published;
  }

  public List<AgendaItem> getAgenda() {
    return Collections.unmodifiableList(agenda);
  }

  public List<HearingMaterial> getMaterials() {
    return Collections.unmodifiableList(materials);
  }

  @Override
  public String toString() {
    return "Hearing " + Objects.toString(slug);
  }
}
