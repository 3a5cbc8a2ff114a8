package co.gov.icetex.participa.consultation.admin;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.PartKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * What the consultation editor's selects offer that is the same for every consultation: its types
 * and the kinds of part, split as its forms need them. The parts to put a new one under are the
 * consultation's own, from {@link EditConsultationBacking#getContainers()}.
 */
@Named("editorChoices")
@ApplicationScoped
public class EditorChoices {

  public ConsultationType[] getTypes() {
    return ConsultationType.values();
  }

  /** The kinds the part form adds: text parts (table rows come from an imported sheet). */
  public List<PartKind> getTextKinds() {
    return Arrays.stream(PartKind.values()).filter(k -> !k.isTableRow()).toList();
  }

  /** The kinds of the import form's select: what each row of an imported sheet becomes. */
  public List<PartKind> getRowKinds() {
    return Arrays.stream(PartKind.values()).filter(PartKind::isTableRow).toList();
  }
}
