package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
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
 * The one place where a form shows what is wrong. A {@link Refusal} becomes Faces messages attached to
 * the inputs of the form whose ids are the refused fields (the {@code pa:input} tag renders a field's
 * message, {@code aria-invalid} and {@code aria-describedby} from them); violations about the request
 * as a whole, or about a field the form does not have, become global messages. The page's
 * {@code pa:errorSummary} lists them all from {@link #getSummary()}: global ones first, then the fields
 * in the order they appear in the page, each linked to its input. Converter and validator messages
 * that Faces itself attaches to inputs are listed in the same way.
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
   * One line of the error summary: the message, and the input it is about (null for the form). Pages
   * call the accessors as methods ({@code e.message()}): Faces' EL does not read records as beans.
   */
  public record Item(String clientId, String message) {
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
   * As {@link #show(String, Refusal)}, with fields the form shows under another input: e.g. the API's
   * {@code partId} is explained next to the form's {@code text}, since the page chose the part.
   */
  public void show(String formId, Refusal refusal, Map<String, String> inputForField) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    for (Violation violation : refusal.violations()) {
      UIComponent input =
          violation.isGlobal() || form == null
              ? null
              : form.findComponent(inputForField.getOrDefault(violation.field(), violation.field()));
      if (input instanceof UIInput field) {
        field.setValid(false);
      }
      // A message about the whole request is attached to the form itself, so that a page with several
      // forms shows it in that form's summary (summaryOf); the page-wide summary lists it too.
      UIComponent target = input != null ? input : form;
      String clientId = target == null ? null : target.getClientId(faces);
      if (clientId == null || faces.getMessageList(clientId).isEmpty()) {
        faces.addMessage(clientId, message(violation.message()));
      }
    }
    summary = null;
  }

  /** A message about the form as a whole, from the bundle (e.g. an expired form token). */
  public void showGlobal(String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(null, message(Messages.get(key, args)));
    summary = null;
  }

  private static FacesMessage message(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  /**
   * The messages of one form, for its own summary on a page with several forms: those attached to the
   * form itself (the request as a whole) first, as global lines, then its inputs' in the order they were added (Faces conversion in page order, then the command's fields). Empty
   * outside rendering, like {@link #getSummary()}.
   */
  public List<Item> summaryOf(String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE || faces.getViewRoot() == null) {
      return List.of();
    }
    UIComponent form = faces.getViewRoot().findComponent(formId);
    if (form == null) {
      return List.of();
    }
    String formClientId = form.getClientId(faces);
    List<Item> items = new ArrayList<>();
    faces.getMessageList(formClientId).forEach(m -> items.add(new Item(null, m.getSummary())));
    String prefix = formClientId + UINamingContainer.getSeparatorChar(faces);
    faces.getClientIdsWithMessages().forEachRemaining(id -> {
      if (id != null && id.startsWith(prefix)) {
        faces.getMessageList(id).forEach(m -> items.add(new Item(id, m.getSummary())));
      }
    });
    return items;
  }

  /** Every message of the request: global ones, then the inputs' in page order (when rendering). */
  public List<Item> getSummary() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      // The summary's ui:repeat is also evaluated while the post is decoded and validated, before the
      // messages of those phases exist: only the rendered summary is complete, and only it is kept.
      return List.of();
    }
    if (summary == null) {
      List<Item> items = new ArrayList<>();
      faces.getMessageList(null).forEach(m -> items.add(new Item(null, m.getSummary())));
      if (faces.getClientIdsWithMessages().hasNext() && faces.getViewRoot() != null) {
        summary = List.of(); // the summary's own ui:repeat is in the tree: no re-entry while visiting
        // Without iterating rows: a form's fields are not repeated, and iterating would evaluate the
        // summary's own ui:repeat value again.
        faces
            .getViewRoot()
            .visitTree(
                VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                (context, component) -> {
                  String clientId = component.getClientId(faces);
                  // A form's own messages are about the whole request: listed without a link.
                  String linked = component instanceof UIForm ? null : clientId;
                  faces.getMessageList(clientId).forEach(m -> items.add(new Item(linked, m.getSummary())));
                  return VisitResult.ACCEPT;
                });
      }
      summary = List.copyOf(items);
    }
    return summary;
  }
}
