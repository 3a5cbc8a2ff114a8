package co.gov.icetex.participa.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

  private static ReportQuery query(String parte, String resultado, String grupo) {
    var q = new ReportQuery();
    q.setC("informe-2026");
    q.setVersion(2);
    q.setParte(parte);
    q.setResultado(resultado);
    q.setGrupo(grupo);
    return q;
  }

  @Test
  void theResultIsAnAnswerOutcomeOrADispositionOtherThanAnswered() {
    assertEquals(AnswerOutcome.ACCEPTED, query(null, "accepted", null).filter().result());
    assertEquals(ReportDisposition.REJECTED, query(null, "REJECTED", null).filter().result());
    assertNull(query(null, "ANSWERED", null).filter().result(), "answered is every outcome");
    assertNull(query(null, "NO_EXISTE", null).filter().result(), "a value that names nothing");
  }

  @Test
  void emptyValuesAreNoFilterAndTheListLinkKeepsTheOthers() {
    var none = query(" ", "", null);
    assertFalse(none.isFiltered());
    assertEquals("informe?c=informe-2026&version=2&", none.getListLink());

    var some = query("1.2 Gestión del riesgo", "NOT_ACCEPTED", "ies");
    assertTrue(some.isFiltered());
    assertEquals(StakeholderGroup.IES, some.filter().group());
    assertEquals(
        "informe?c=informe-2026&version=2&parte=1.2+Gesti%C3%B3n+del+riesgo"
            + "&resultado=NOT_ACCEPTED&grupo=IES&",
        some.getListLink());
  }
}
