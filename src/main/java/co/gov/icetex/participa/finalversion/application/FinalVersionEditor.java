package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.answer.application.AnsweredObservations;
import co.gov.icetex.participa.consultation.application.PartText;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.finalversion.domain.FinalVersion;
import co.gov.icetex.participa.finalversion.domain.FinalVersionPart;
import co.gov.icetex.participa.finalversion.domain.LinkableObservation;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violations;
import co.gov.icetex.participa.staff.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What editors do with the final version of a closed consultation: start it from the draft,
 * rewrite, add and remove parts, link each change to the accepted observations that led to it,
 * write a summary and publish it. Every method requires the EDITOR role, runs in one transaction
 * and records an audit event (target: the consultation) in it; a refusal ({@link Refusal}) rolls
 * back.
 */
@ApplicationScoped
@Transactional
public class FinalVersionEditor {

  private static final String TARGET = "Consultation";

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject CommandValidator validator;
  @Inject Caller caller;
  @Inject AnsweredObservations observations;
  @Inject Event<FinalVersionPublished> finalVersionPublished;

  @RequiresRole(Roles.EDITOR)
  public FinalVersionWorkspace workspace(long consultationId) {
    Consultation c = consultation(consultationId);
    FinalVersion f = finalVersion(c);
    Map<Long, String> partLabels =
        c.getParts().stream()
            .collect(Collectors.toMap(ConsultationPart::getId, ConsultationPart::getLabel));
    Map<Long, LinkOption> options = new LinkedHashMap<>();
    for (AnsweredObservations.Outcome o : observations.ofConsultation(c.getId())) {
      Long partId = o.partId();
      options.put(
          o.id(),
          new LinkOption(
              o.id(),
              o.trackingCode(),
              partId,
              partId == null ? null : partLabels.get(partId),
              o.answerOutcome()));
    }
    List<LinkOption> candidates =
        options.values().stream()
            .filter(
                o ->
                    new LinkableObservation(o.id(), c.getId(), o.trackingCode(), o.outcome())
                        .accepted())
            .toList();
    return new FinalVersionWorkspace(
        c.getId(),
        c.getSlug(),
        c.getTitle(),
        c.stateAt(clock.now()),
        f != null,
        f != null && f.isPublished(),
        f == null ? null : f.getSummary(),
        f == null ? null : f.getPublishedAt(),
        f == null ? null : f.getPublishedBy(),
        f == null
            ? List.of()
            : f.getParts().stream().map(p -> FinalPartRow.of(p, options)).toList(),
        candidates);
  }

  @RequiresRole(Roles.EDITOR)
  public void start(long consultationId) {
    Consultation c = consultation(consultationId);
    if (finalVersion(c) != null) {
      throw refusal("", "finalVersion.error.alreadyStarted");
    }
    FinalVersion f = FinalVersion.start(c, caller.name(), clock.now());
    em.persist(f);
    em.flush();
    record(
        "FINAL_VERSION_STARTED",
        c,
        null,
        json()
            .add("finalVersionId", f.getId())
            .add("parts", f.getParts().size())
            .build()
            .toString());
  }

  @RequiresRole(Roles.EDITOR)
  public void describe(long consultationId, FinalSummary summary) {
    validator.check(summary);
    FinalVersion f = required(consultationId);
    String before = f.getSummary();
    f.describe(summary.summary(), clock.now());
    record(
        "FINAL_VERSION_SUMMARY_EDITED",
        f.getConsultation(),
        summaryJson(before),
        summaryJson(f.getSummary()));
  }

  @RequiresRole(Roles.EDITOR)
  public void editPart(long consultationId, long partId, PartText text) {
    FinalVersion f = required(consultationId);
    FinalVersionPart part = f.part(partId);
    PartText t = valid(text);
    String before = partState(part);
    f.edit(part, t.numberLabel(), t.title(), t.body(), t.fields(), clock.now());
    record("FINAL_VERSION_PART_EDITED", f.getConsultation(), before, partState(part));
  }

  /** Adds a part after {@code afterPartId} (null: at the start); returns the new part's id. */
  @RequiresRole(Roles.EDITOR)
  public long addPart(long consultationId, Long afterPartId, PartText text) {
    Violations violations = violationsOf(text);
    if (text.kind() == null) {
      violations.add("kind", "editor.error.kindRequired");
    }
    violations.throwIfAny();
    FinalVersion f = required(consultationId);
    FinalVersionPart after = afterPartId == null ? null : f.part(afterPartId);
    FinalVersionPart part =
        f.add(
            after,
            text.kind(),
            text.numberLabel(),
            text.title(),
            text.body(),
            text.fields(),
            clock.now());
    em.flush();
    record("FINAL_VERSION_PART_ADDED", f.getConsultation(), null, partState(part));
    return part.getId();
  }

  /** Marks a draft part removed, or drops a part added in the final version. */
  @RequiresRole(Roles.EDITOR)
  public void removePart(long consultationId, long partId) {
    FinalVersion f = required(consultationId);
    FinalVersionPart part = f.part(partId);
    String before = partState(part);
    boolean gone = f.remove(part, clock.now());
    record(
        gone ? "FINAL_VERSION_PART_DELETED" : "FINAL_VERSION_PART_REMOVED",
        f.getConsultation(),
        before,
        gone ? null : partState(part));
  }

  @RequiresRole(Roles.EDITOR)
  public void restorePart(long consultationId, long partId) {
    FinalVersion f = required(consultationId);
    FinalVersionPart part = f.part(partId);
    String before = partState(part);
    f.restore(part, clock.now());
    record("FINAL_VERSION_PART_RESTORED", f.getConsultation(), before, partState(part));
  }

  @RequiresRole(Roles.EDITOR)
  public void link(long consultationId, long partId, LinkRequest request) {
    validator.check(request);
    FinalVersion f = required(consultationId);
    FinalVersionPart part = f.part(partId);
    LinkableObservation o =
        observations
            .find(request.observation())
            .map(FinalVersionEditor::linkable)
            .orElseThrow(() -> refusal("observation", "finalVersion.error.noSuchObservation"));
    String before = partState(part);
    f.link(part, o, clock.now());
    record("FINAL_VERSION_OBSERVATION_LINKED", f.getConsultation(), before, partState(part));
  }

  @RequiresRole(Roles.EDITOR)
  public void unlink(long consultationId, long partId, long observationId) {
    FinalVersion f = required(consultationId);
    FinalVersionPart part = f.part(partId);
    String before = partState(part);
    f.unlink(part, observationId, clock.now());
    record("FINAL_VERSION_OBSERVATION_UNLINKED", f.getConsultation(), before, partState(part));
  }

  /** Publishes the final version; from then on it cannot change. */
  @RequiresRole(Roles.EDITOR)
  public void publish(long consultationId) {
    FinalVersion f = required(consultationId);
    List<LinkableObservation> current =
        observations.ofConsultation(f.getConsultation().getId()).stream()
            .map(FinalVersionEditor::linkable)
            .toList();
    f.publish(current, caller.name(), clock.now());
    JsonArrayBuilder changes = Json.createArrayBuilder();
    f.getParts().stream()
        .filter(p -> p.getChangeType().isChange())
        .forEach(
            p ->
                changes.add(
                    json()
                        .add("partId", p.getId())
                        .add("change", p.getChangeType().name())
                        .add("observations", Json.createArrayBuilder(p.getObservationIds()))));
    record(
        "FINAL_VERSION_PUBLISHED",
        f.getConsultation(),
        null,
        json()
            .add("finalVersionId", f.getId())
            .add("publishedAt", f.getPublishedAt().toString())
            .add("changes", changes)
            .build()
            .toString());
    finalVersionPublished.fire(new FinalVersionPublished(f.getConsultation().getId()));
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static LinkableObservation linkable(AnsweredObservations.Outcome o) {
    return new LinkableObservation(o.id(), o.consultationId(), o.trackingCode(), o.answerOutcome());
  }

  private Consultation consultation(long id) {
    Consultation c = em.find(Consultation.class, id);
    if (c == null) {
      throw refusal("", "editor.error.noSuchConsultation");
    }
    return c;
  }

  private FinalVersion finalVersion(Consultation c) {
    return em.createNamedQuery(FinalVersion.FIND_BY_CONSULTATION, FinalVersion.class)
        .setParameter("consultation", c.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private FinalVersion required(long consultationId) {
    FinalVersion f = finalVersion(consultation(consultationId));
    if (f == null) {
      throw refusal("", "finalVersion.error.notStarted");
    }
    return f;
  }

  /** The part's texts, checked. */
  private PartText valid(PartText t) {
    violationsOf(t).throwIfAny();
    return t;
  }

  /** What is wrong with a part's texts; the cell limit is a rule on list elements, checked here. */
  private Violations violationsOf(PartText t) {
    Violations violations = validator.violationsOf(t);
    if (t.hasCellTooLong()) {
      violations.add("fields", "editor.error.tooLong", PartText.MAX_CELL);
    }
    return violations;
  }

  private static Refusal refusal(String field, String key, Object... args) {
    return field.isEmpty()
        ? Refusal.of(Refusal.Reason.CONFLICT, key, args)
        : Refusal.invalid(field, key, args);
  }

  private void record(String action, Consultation c, String before, String after) {
    audit.record(caller.name(), action, TARGET, String.valueOf(c.getId()), before, after);
  }

  private static JsonObjectBuilder json() {
    return Json.createObjectBuilder();
  }

  private static String summaryJson(String summary) {
    return summary == null ? null : json().add("summary", summary).build().toString();
  }

  private static String partState(FinalVersionPart p) {
    JsonObjectBuilder o =
        json()
            .add("finalPartId", p.getId() == null ? -1 : p.getId())
            .add("change", p.getChangeType().name())
            .add("kind", p.getKind().name())
            .add("title", p.getTitle());
    if (p.getDraftPartId() != null) {
      o.add("draftPartId", p.getDraftPartId());
    }
    if (p.getNumberLabel() != null) {
      o.add("number", p.getNumberLabel());
    }
    if (p.getBody() != null) {
      o.add("body", p.getBody());
    }
    if (!p.getFields().isEmpty()) {
      var cells = Json.createObjectBuilder();
      p.getFields().forEach(f -> cells.add(f.label(), f.value()));
      o.add("fields", cells);
    }
    o.add("observations", Json.createArrayBuilder(p.getObservationIds()));
    return o.build().toString();
  }
}
