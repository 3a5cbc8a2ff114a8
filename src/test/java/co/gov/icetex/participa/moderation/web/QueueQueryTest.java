package co.gov.icetex.participa.moderation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.moderation.web.QueueQuery.Param;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the queue's filters and page are written into the links and forms that pass them on. */
class QueueQueryTest {

  @Test
  void filtersAreWrittenInOrderReEncodedAndAbsentOnesLeftOut() {
    var query =
        new QueueQuery(1)
            .with("ver", "estados")
            .with("estado", "RECEIVED")
            .with("estado", "IN_REVIEW")
            .with("consulta", null)
            .with("vence", LocalDate.of(2026, 12, 3))
            .with("q", "matrícula & cuota");

    assertEquals(
        "ver=estados&estado=RECEIVED&estado=IN_REVIEW&vence=2026-12-03&q=matr%C3%ADcula+%26+cuota",
        query.filters());
  }

  @Test
  void theFirstPageIsNotWritten() {
    var query = new QueueQuery(1).with("ver", "todas");

    assertEquals("ver=todas", query.filtersAndPage());
    assertEquals(List.of(new Param("ver", "todas")), query.fields());
    assertEquals("?ver=todas&", query.pageLink());
  }

  @Test
  void anotherPageGoesBackWithTheFiltersButNotIntoThePagersLink() {
    var query = new QueueQuery(3).with("ver", "todas");

    assertEquals("ver=todas&pagina=3", query.filtersAndPage());
    assertEquals(List.of(new Param("ver", "todas"), new Param("pagina", "3")), query.fields());
    assertEquals("?ver=todas&", query.pageLink());
  }

  @Test
  void withoutFiltersThePageStandsAlone() {
    assertEquals("", new QueueQuery(1).filters());
    assertEquals("pagina=2", new QueueQuery(2).filtersAndPage());
    assertEquals("?", new QueueQuery(2).pageLink());
  }
}
