package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.MaterialKind;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.files.FileSignature;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What editors do with hearings: create one with its questions window (a consultation of type
 * AUDIENCIA_RENDICION_CUENTAS, so questions are received, moderated and answered like
 * observations), say where it happens, manage the agenda and the materials, open registration and
 * the survey, and publish it. Every action is audited.
 */
@ApplicationScoped
@RequiresRole(Roles.EDITOR)
public class HearingEditor {

  public static final long MAX_MATERIAL_BYTES = 20L * 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /** The data of a new hearing; the questions window is given as Bogotá instants. */
  public record NewHearing(
      String title,
      String summary,
      int year,
      Instant startsAt,
      Instant endsAt,
      String place,
      String streamUrl,
      String office,
      Instant questionsOpen,
      Instant questionsClose,
      int inPersonCapacity,
      int onlineCapacity) {}

  /** Every hearing, drafts included; approvers read them too, to publish a memoria. */
  @Transactional
  @RequiresRole({Roles.EDITOR, Roles.APPROVER})
  public List<Hearing> all() {
    return em.createQuery("SELECT h FROM Hearing h ORDER BY h.startsAt DESC", Hearing.class)
        .getResultList();
  }

  @Transactional
  @RequiresRole({Roles.EDITOR, Roles.APPROVER})
  public Hearing find(long id) {
    Hearing h = em.find(Hearing.class, id);
    if (h == null) {
      throw Refusal.of(Reason.NOT_FOUND, "hearing.error.notFound");
    }
    h.getAgenda().size();
    h.getMaterials().size();
    return h;
  }

  @Transactional
  public long create(NewHearing data) {
    Instant now = clock.now();
    String slug = uniqueSlug(slugOf(data.title()));
    var hearing =
        new Hearing(
            slug, data.title(), data.summary(), data.year(), data.startsAt(), data.endsAt(), now);
    hearing.locate(data.place(), data.streamUrl());
    hearing.openWindows(
        data.inPersonCapacity(),
        data.onlineCapacity(),
        data.startsAt(),
        data.endsAt().plus(Hearing.DEFAULT_SURVEY_PERIOD));
    if (data.questionsOpen() != null && data.questionsClose() != null) {
      if (!data.questionsClose().isAfter(data.questionsOpen())
          || data.questionsClose().isAfter(data.startsAt())) {
        throw Refusal.of(Reason.CONFLICT, "hearing.error.questionsWindow");
      }
      if (data.office() == null || data.office().isBlank()) {
        throw Refusal.of(Reason.CONFLICT, "hearing.error.office");
      }
      var questions =
          new Consultation(
              slug + "-preguntas",
              ConsultationType.AUDIENCIA_RENDICION_CUENTAS,
              Messages.get("hearing.questions.title", hearing.getTitle()),
              Messages.get("hearing.questions.summary", hearing.getTitle()),
              data.year(),
              data.office(),
              new CommentWindow(data.questionsOpen(), data.questionsClose()),
              now);
      // The 15-day minimum applies to drafts published for comment, not to a hearing's question
      // window.
      questions.publish(Duration.ZERO, null, now);
      em.persist(questions);
      hearing.takeQuestionsThrough(questions);
    }
    em.persist(hearing);
    em.flush();
    audit.record(caller.name(), "HEARING_CREATED", "Hearing", slug, null, hearing.getTitle());
    return hearing.getId();
  }

  @Transactional
  public void addAgendaItem(long hearingId, String timeLabel, String title, String speaker) {
    Hearing h = find(hearingId);
    h.addAgendaItem(timeLabel, title, speaker);
    audit.record(caller.name(), "HEARING_AGENDA_ADDED", "Hearing", h.getSlug(), null, title);
  }

  @Transactional
  public void addMaterial(
      long hearingId, MaterialKind kind, String title, String fileName, byte[] content) {
    Hearing h = find(hearingId);
    if (kind == null) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.materialKind");
    }
    if (content == null || content.length == 0) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.materialFile");
    }
    if (content.length > MAX_MATERIAL_BYTES) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.materialTooLarge");
    }
    var named = FileSignature.byFileName(fileName);
    var inspection = FileSignature.inspect(content);
    if (inspection.suspicious()) {
      throw Refusal.of(Reason.CONFLICT, "validation.file.zipBomb");
    }
    var actual = inspection.type();
    if (named.isEmpty() || actual.isEmpty() || named.get() != actual.get()) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.materialType");
    }
    h.addMaterial(kind, title, new StoredFile(fileName, actual.get().mediaType(), content));
    audit.record(
        caller.name(),
        "HEARING_MATERIAL_ADDED",
        "Hearing",
        h.getSlug(),
        null,
        title + " (" + fileName + ")");
  }

  /** Opens or closes registration and the survey, and changes the capacities (Bogotá instants). */
  @Transactional
  public void changeWindows(
      long hearingId,
      int inPersonCapacity,
      int onlineCapacity,
      Instant registrationClosesAt,
      Instant surveyClosesAt) {
    Hearing h = find(hearingId);
    String before = windows(h);
    h.openWindows(inPersonCapacity, onlineCapacity, registrationClosesAt, surveyClosesAt);
    audit.record(
        caller.name(), "HEARING_WINDOWS_CHANGED", "Hearing", h.getSlug(), before, windows(h));
  }

  private static String windows(Hearing h) {
    return "inPerson="
        + h.getInPersonCapacity()
        + "; online="
        + h.getOnlineCapacity()
        + "; registrationClosesAt="
        + h.getRegistrationClosesAt()
        + "; surveyClosesAt="
        + h.getSurveyClosesAt();
  }

  @Transactional
  public void publish(long hearingId) {
    Hearing h = find(hearingId);
    h.publish(clock.now());
    audit.record(
        caller.name(),
        "HEARING_PUBLISHED",
        "Hearing",
        h.getSlug(),
        "published=false",
        "published=true");
  }

  private String uniqueSlug(String base) {
    String slug = base;
    int n = 2;
    while (!em.createQuery("SELECT h.id FROM Hearing h WHERE h.slug = :s")
            .setParameter("s", slug)
            .getResultList()
            .isEmpty()
        || !em.createQuery("SELECT c.id FROM Consultation c WHERE c.slug = :s")
            .setParameter("s", slug + "-preguntas")
            .getResultList()
            .isEmpty()) {
      slug = base + "-" + n++;
    }
    return slug;
  }

  static String slugOf(String title) {
    String slug = Folding.slug(title, 80);
    return slug.isEmpty() ? "audiencia" : slug;
  }
}
