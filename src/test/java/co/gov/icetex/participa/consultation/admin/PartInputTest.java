package co.gov.icetex.participa.consultation.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.gov.icetex.participa.consultation.application.EditorPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part form's values: filled from the part being edited, sent as the editor's command. */
class PartInputTest {

  private static final EditorPart ROW =
      new EditorPart(
          7L,
          3L,
          PartKind.ACTIVITY,
          1,
          "1.1",
          "Actividad",
          "1.1 Actividad",
          null,
          List.of(new PartField("Meta", "10"), new PartField("Responsable", "Oficina")),
          false);

  @Test
  void aRowIsEditedCellByCellUnderItsColumns() {
    var input = new PartInput(ROW);
    input.getCells().get(0).setValue("12");
    input.setPartTitle("Actividad corregida");

    var text = input.toText();

    assertEquals(PartKind.ACTIVITY, text.kind());
    assertEquals("1.1", text.numberLabel());
    assertEquals("Actividad corregida", text.title());
    assertEquals(
        List.of(new PartField("Meta", "12"), new PartField("Responsable", "Oficina")),
        text.fields());
  }

  @Test
  void aNewPartStartsEmpty() {
    var text = new PartInput().toText();

    assertNull(text.kind());
    assertNull(text.title());
    assertEquals(List.of(), text.fields());
  }
}
