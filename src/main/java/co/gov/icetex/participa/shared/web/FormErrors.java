package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The one place where a form shows what is wrong. A {@link Refusal} becomes Faces messages attached
 * to the inputs of the form whose ids are the refused fields (the {@code pa:input} tag renders a
 * field's message, {@code aria-invalid} and {@code aria-describedby} from them); violations about
 * the request as a whole, or about a field the form does not have, become messages of the form
 * itself (global ones when there is no form). The templates' one error summary, first in {@code
 * <main>} ({@code WEB-INF/includes/pageMessages.xhtml}), lists them all from {@link #getErrors()}:
 * those about the form first, then the fields in the order they appear in the page, each linked to
 * its input. Converter and validator messages that Faces itself attaches to inputs are listed in
 * the same way. Only one form posts per request, so on a page with several forms the summary is
 * that form's ({@link #getFailedForm()} names it).
 *
 * <pre>{@code
 * @Inject FormErrors formErrors;
 * try { service.doIt(form.toCommand()); } catch (Refusal refused) { formErrors.show("myForm", refused); }
 * }</pre>
 */
@Named("formErrors")
@RequestScoped
public class FormErrors {

  /**
   * One line of the error summary: the message, and the input it is about (null for the form).
   * Pages call the accessors as methods ({@code e.message()}): Faces' EL does not read records as
   * beans.
   */
  public record Item(String clientId, String message, String form, boolean error) {
    public boolean isGlobal() {
      return clientId == null;
    }
  }

  private List<Item> summary;

  /** Attaches the refusal's messages to the fields of the form with this id. */
  public void show(String formId, Refusal refusal) {
    show(formId, refusal, Map.of());
  }

  /**
   * As {@link #show(String, Refusal)}, with fields the form shows under another input: e.g. the
   * API's {@code partId} is explained next to the form's {@code text}, since the page chose the
   * part.
   */
  public void show(String formId, Refusal refusal, Map<String, String> inputForField) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    for (Violation violation : refusal.violations()) {
      UIComponent input =
          violation.isGlobal() || form == null
              ? null
              : form.findComponent(
                  inputForField.getOrDefault(violation.field(), violation.field()));
      if (input instanceof UIInput field) {
        field.setValid(false);
      }
      // About the form as a whole (or a field it does not show): on the form itself, when it
      // exists.
      UIComponent target = input != null ? input : form;
      String clientId = target == null ? null : target.getClientId(faces);
      if (clientId == null || faces.getMessageList(clientId).isEmpty()) {
        faces.addMessage(clientId, message(violation.message()));
      }
    }
    summary = null;
  }

  /**
   * Runs one form's command and answers whether it went through; a refusal is shown on the form
   * {@code formId} (its fields found by the command's field names or under the names {@code
   * inputForField} gives them) instead of escaping.
   */
  public boolean attempt(String formId, Runnable command, Map<String, String> inputForField) {
    try {
      command.run();
      return true;
    } catch (Refusal refused) {
      show(formId, refused, inputForField);
      return false;
    }
  }

  /** A message about the form as a whole, from the bundle (e.g. an expired form token). */
  public void showGlobal(String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(null, message(Messages.get(key, args)));
    summary = null;
  }

  private static FacesMessage message(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  /** Every message of the request: global ones, then the inputs' in page order (when rendering). */
  public List<Item> getSummary() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      // The summary's ui:repeat is also evaluated while the post is decoded and validated, before
      // the
      // messages of those phases exist: only the rendered summary is complete, and only it is kept.
      return List.of();
    }
    if (summary == null) {
      List<Item> items = new ArrayList<>();
      faces
          .getMessageList(null)
          .forEach(m -> items.add(new Item(null, m.getSummary(), null, isError(m))));
      if (faces.getClientIdsWithMessages().hasNext() && faces.getViewRoot() != null) {
        summary =
            List.of(); // the summary's own ui:repeat is in the tree: no re-entry while visiting
        // Without iterating rows: a form's fields are not repeated, and iterating would evaluate
        // the
        // summary's own ui:repeat value again.
        faces
            .getViewRoot()
            .visitTree(
                VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                (context, component) -> {
                  String clientId = component.getClientId(faces);
                  List<FacesMessage> messages = faces.getMessageList(clientId);
                  if (!messages.isEmpty()) {
                    String form = formOf(component, faces);
                    String linked = component instanceof UIForm ? null : clientId;
                    messages.forEach(
                        m -> items.add(new Item(linked, m.getSummary(), form, isError(m))));
                  }
                  return VisitResult.ACCEPT;
                });
      }
      if (items.isEmpty()) {
        // The template asks first for the page's <title>, before the body renders: a message a
        // bean adds while rendering must still reach the summary, so "nothing" is not kept.
        summary = null;
        return List.of();
      }
      summary = List.copyOf(items);
    }
    return summary;
  }

  /** The messages of one form of the page (by its id): its own, then its fields' in page order. */
  public List<Item> summaryFor(String formId) {
    return getSummary().stream().filter(item -> formId.equals(item.form())).toList();
  }

  /**
   * What the page's error summary lists (the templates render it first in {@code <main>}): the
   * error messages of the request, global ones first, then the fields' in page order. Only one form
   * posts per request, so on a page with several forms these are that form's messages.
   */
  public List<Item> getErrors() {
    return getSummary().stream().filter(Item::error).toList();
  }

  /** Whether the request failed: the templates then prefix the title and show the summary. */
  public boolean isFailed() {
    return !getErrors().isEmpty();
  }

  /**
   * The id of the form the errors are about, null when they are about no form: the summary's id is
   * {@code FORM-errors} then ({@code form-errors} otherwise), so a page or a check can tell which
   * form was refused, and a page with several forms can title its summary per form.
   */
  public String getFailedForm() {
    return getErrors().stream().map(Item::form).filter(f -> f != null).findFirst().orElse(null);
  }

  /**
   * Success and information messages about no field (e.g. a staff action's "saved"): the templates
   * show them in the notice slot at the top of {@code <main>}.
   */
  public List<String> getNotices() {
    return getSummary().stream()
        .filter(item -> !item.error() && item.isGlobal())
        .map(Item::message)
        .toList();
  }

  private static boolean isError(FacesMessage message) {
    return message.getSeverity() == null
        || message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
  }

  private static String formOf(UIComponent component, FacesContext faces) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (c instanceof UIForm form) {
        return form.getId();
      }
    }
    return null;
  }
}
