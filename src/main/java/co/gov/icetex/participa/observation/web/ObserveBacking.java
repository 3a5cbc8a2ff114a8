package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.consultation.application.ConsultationCatalog;
import co.gov.icetex.participa.consultation.application.ConsultationDocument;
import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.observation.application.ReceiptLinks;
import co.gov.icetex.participa.observation.application.SubmissionReceipt;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.shared.FormTokens;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The observation form. The page is stateless (no HTTP session): everything it needs travels in the
 * form, including a signed token that names this submission, so a double click or a reload of the
 * post yields the same observation. The form's values, and the command and context they become, are
 * {@link ObservationForm}; the options of its selects {@link ObservationChoices}. All rules are the
 * service's; {@link FormErrors} shows its refusal next to the fields (the API's {@code partId} next
 * to the text, since the page chose the part).
 */
@Named("observe")
@RequestScoped
public class ObserveBacking {

  @Inject ConsultationCatalog catalog;
  @Inject ObservationService observations;
  @Inject FormTokens tokens;
  @Inject ClientAddress clientAddress;
  @Inject ReceiptLinks receiptLinks;
  @Inject HttpServletRequest request;
  @Inject FormErrors formErrors;

  private String slug;
  private Long partId;
  private ConsultationDocument document;
  private PartView part;
  private String token;
  private final ObservationForm form = new ObservationForm();

  /**
   * On a post, the form's hidden fields say which consultation it is about. They are read before
   * Faces decodes the form, because whether the form is rendered (and so decoded at all) depends on
   * the consultation being open, and a stateless view remembers nothing from the GET.
   */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod()) && request.getParameter("obs:c") != null) {
      slug = request.getParameter("obs:c");
      partId = parseId(request.getParameter("obs:parte"));
      token = request.getParameter("obs:token");
      load();
    }
  }

  private static Long parseId(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return -1L; // no such part: answered with 404 by load()
    }
  }

  /** Loads the consultation and part the form is about (on GET from the view parameters). */
  public void load() {
    document = catalog.document(slug).orElse(null);
    if (document == null) {
      Pages.notFound();
      return;
    }
    part = document.parts().stream().filter(p -> p.id().equals(partId)).findFirst().orElse(null);
    if (partId != null && part == null) {
      document = null; // a part of another document, or none: the address is wrong
      Pages.notFound();
      return;
    }
    if (token == null || token.isBlank()) {
      token = tokens.issue();
    }
  }

  public void submit() {
    if (document == null) {
      return;
    }
    var submissionId = tokens.submissionId(token);
    if (submissionId.isEmpty()) {
      formErrors.showGlobal("observe.error.token");
      token = tokens.issue();
      return;
    }
    try {
      var context = form.toContext(submissionId.get(), clientAddress.keyOf(request));
      SubmissionReceipt receipt = observations.submit(slug, form.toSubmission(partId), context);
      Pages.redirect("/recibida", receiptLinks.params(receipt.trackingCode()));
    } catch (Refusal refused) {
      formErrors.show("obs", refused, Map.of("partId", "text"));
    }
  }

  public ObservationForm getForm() {
    return form;
  }

  public ConsultationDocument getDocument() {
    return document;
  }

  public PartView getPart() {
    return part;
  }

  /** The commented part as a one-item outline, or none. */
  public List<PartView> getPartAsList() {
    return part == null ? List.of() : List.of(part);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
