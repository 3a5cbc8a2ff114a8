package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.answer.domain.AnswerTemplate;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.audit.AuditLog;
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
import java.util.List;

/** Reusable answers, kept by responders and approvers. */
@ApplicationScoped
@RequiresRole({Roles.RESPONDER, Roles.APPROVER})
public class AnswerTemplates {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /** A template as other features offer it when an answer is drafted: the entity stays here. */
  public record TemplateChoice(long id, String title, AnswerOutcome outcome, String text) {}

  @Transactional
  public List<TemplateChoice> choices() {
    return active().stream()
        .map(t -> new TemplateChoice(t.getId(), t.getTitle(), t.getOutcome(), t.getText()))
        .toList();
  }

  @Transactional
  public List<AnswerTemplate> active() {
    return em.createQuery(
            "SELECT t FROM AnswerTemplate t WHERE t.active = TRUE ORDER BY t.title",
            AnswerTemplate.class)
        .getResultList();
  }

  @Transactional
  public long create(String title, AnswerOutcome outcome, String text) {
    var template =
        new AnswerTemplate(
            PlainText.singleLine(title),
            outcome,
            PlainText.multiLine(text),
            caller.name(),
            clock.now());
    em.persist(template);
    em.flush();
    audit.record(
        caller.name(),
        "TEMPLATE_CREATED",
        "AnswerTemplate",
        template.getId().toString(),
        null,
        template.getTitle());
    return template.getId();
  }

  @Transactional
  public void retire(long id) {
    AnswerTemplate template = em.find(AnswerTemplate.class, id);
    if (template == null) {
      throw Refusal.of(Reason.NOT_FOUND, "template.error.notFound");
    }
    template.retire();
    audit.record(
        caller.name(),
        "TEMPLATE_RETIRED",
        "AnswerTemplate",
        Long.toString(id),
        "active",
        "retired");
  }
}
