package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refusal of one form on a page with several: which form was sent and the Spanish message for
 * each of its fields ("" for the form as a whole). Messages show next to that form's fields only,
 * so a refused part edit never marks the import form red. Used by the final version editor, whose
 * page still writes its fields by hand (the consultation editor shows refusals with {@code
 * shared.web.FormErrors}).
 */
final class FormRefusals implements Serializable {

  private static final long serialVersionUID = 1L;

  private String form;
  private LinkedHashMap<String, String> byField = new LinkedHashMap<>();

  /** The refusal's messages, by field, under the page's name for fields it names otherwise. */
  void refuse(String refusedForm, Refusal refusal, Map<String, String> pageFields) {
    this.form = refusedForm;
    this.byField = new LinkedHashMap<>();
    for (Violation v : refusal.violations()) {
      byField.putIfAbsent(pageFields.getOrDefault(v.field(), v.field()), v.message());
    }
  }

  void clear() {
    this.form = null;
    this.byField = new LinkedHashMap<>();
  }

  boolean any() {
    return form != null;
  }

  String field(String ofForm, String field) {
    return ofForm.equals(form) ? byField.get(field) : null;
  }

  String general(String ofForm) {
    return field(ofForm, "");
  }

  Map<String, String> all() {
    return byField;
  }
}
