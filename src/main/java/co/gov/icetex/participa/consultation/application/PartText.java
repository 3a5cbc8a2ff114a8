package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The texts of a part as an editor writes them: kind (used when adding, where the service requires
 * it), number, title, body and, for a table row, its cells ({@code null}: the cells are not
 * changed).
 */
public record PartText(
    PartKind kind,
    @Size(max = ConsultationEditor.MAX_NUMBER, message = "editor.error.tooLong40")
        String numberLabel,
    @NotBlank(message = "editor.error.required")
        @Size(max = ConsultationPart.MAX_TITLE, message = "editor.error.tooLong500")
        String title,
    @Size(max = ConsultationPart.MAX_BODY, message = "editor.error.tooLong20000") String body,
    List<PartField> fields)
    implements Serializable {

  /** The longest text a table cell may hold. */
  public static final int MAX_CELL = 2_000;

  public PartText {
    numberLabel = EditorText.line(numberLabel);
    title = EditorText.line(title);
    body = EditorText.lines(body);
    fields =
        fields == null
            ? null
            : fields.stream()
                .map(f -> new PartField(f.label(), nonNull(EditorText.lines(f.value()))))
                .toList();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /**
   * Whether a cell is longer than {@link #MAX_CELL} (a rule on list elements, checked by the
   * services).
   */
  public boolean hasCellTooLong() {
    return fields != null && fields.stream().anyMatch(f -> f.value().length() > MAX_CELL);
  }
}
