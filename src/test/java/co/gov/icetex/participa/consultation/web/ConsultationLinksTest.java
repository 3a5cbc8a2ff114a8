package co.gov.icetex.participa.consultation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsultationLinksTest {

  private final ConsultationLinks links = new ConsultationLinks();

  @Test
  void aCommentOnAPartLeadsBackToThatPart() {
    assertEquals("/consulta?c=paac-2020#parte-52", links.part("paac-2020", 52L));
  }

  @Test
  void aCommentOnTheWholeDocumentLeadsBackToTheTop() {
    assertEquals("/consulta?c=paac-2020", links.part("paac-2020", null));
  }

  @Test
  void theSlugCannotBreakOutOfItsParameter() {
    assertEquals("/consulta?c=a%26b%23x", links.part("a&b#x", null));
  }
}
