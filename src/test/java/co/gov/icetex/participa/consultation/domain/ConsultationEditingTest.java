package co.gov.icetex.participa.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editing rules of a consultation: drafts, the window, notices and versioned corrections. */
class ConsultationEditingTest {

  private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z"); // 10:00 in Bogotá
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Duration MIN = CommentWindow.DEFAULT_MINIMUM;

  private static Consultation draft() {
    var c =
        Consultation.draft(
            "plan-2027",
            ConsultationType.PLAN_ACCION,
            "Plan de acción 2027",
            "Resumen",
            2027,
            "Oficina Asesora de Planeación",
            NOW);
    c.insertPart(null, PartKind.CHAPTER, "1", "Introducción", "Texto", null);
    return c;
  }

  private static Consultation published(LocalDate first, LocalDate last) {
    var c = draft();
    c.schedule(CommentWindow.ofBogotaDates(first, last), MIN, null, NOW);
    return c;
  }

  private static Violation refused(Runnable action) {
    return assertThrows(Refusal.class, action::run).violations().get(0);
  }

  @Test
  void aDraftHasNoWindowAndAcceptsNothing() {
    var c = draft();
    assertEquals(EditorialState.DRAFT, c.stateAt(NOW));
    assertNull(c.getWindow());
    assertFalse(c.acceptsObservationsAt(NOW));
    assertEquals(0, c.getContentVersion());
  }

  @Test
  void fifteenCalendarDaysNeedNoJustificationFourteenDo() {
    var fifteen = draft();
    fifteen.schedule(CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(14)), MIN, "ignorada", NOW);
    assertEquals(EditorialState.OPEN, fifteen.stateAt(NOW));
    assertNull(fifteen.getShortWindowReason(), "a legal window carries no justification");
    assertEquals(1, fifteen.getContentVersion());

    var fourteen = draft();
    var e =
        refused(
            () ->
                fourteen.schedule(
                    CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(13)), MIN, " ", NOW));
    assertEquals("justification", e.field());
    assertEquals("editor.error.shortWindow", e.key());
    assertTrue(fourteen.isDraft());
    fourteen.schedule(
        CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(13)), MIN, "Cierre de vigencia", NOW);
    assertEquals("Cierre de vigencia", fourteen.getShortWindowReason());
  }

  @Test
  void theMinimumIsConfigurable() {
    var c = draft();
    c.schedule(
        CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(4)), Duration.ofDays(5), null, NOW);
    assertTrue(c.isPublished());
  }

  @Test
  void aWindowCannotOpenInThePastAndAnEmptyDraftIsNotPublished() {
    var c = draft();
    assertEquals(
        "editor.error.opensInPast",
        refused(
                () ->
                    c.schedule(
                        CommentWindow.ofBogotaDates(TODAY.minusDays(1), TODAY.plusDays(20)),
                        MIN,
                        null,
                        NOW))
            .key());
    var empty = Consultation.draft("x", ConsultationType.OTRO, "X", "Y", 2027, "Z", NOW);
    assertEquals(
        "editor.error.noParts",
        refused(
                () ->
                    empty.schedule(
                        CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(20)), MIN, null, NOW))
            .key());
  }

  @Test
  void aScheduledConsultationOpensAndClosesByTheClock() {
    var c = published(TODAY.plusDays(2), TODAY.plusDays(20));
    assertEquals(EditorialState.SCHEDULED, c.stateAt(NOW));
    assertEquals(EditorialState.OPEN, c.stateAt(NOW.plus(Duration.ofDays(3))));
    assertEquals(EditorialState.CLOSED, c.stateAt(NOW.plus(Duration.ofDays(30))));
  }

  @Test
  void publishedContentIsNotEditedDirectly() {
    var c = published(TODAY, TODAY.plusDays(20));
    var part = c.getParts().get(0);
    assertEquals(
        "editor.error.published",
        refused(() -> c.editDraft(ConsultationType.PAAC, "T", "S", 2027, "O", NOW)).key());
    assertEquals(
        "editor.error.published",
        refused(() -> c.editDraftPart(part, null, "Otro", null, null)).key());
    assertEquals(
        "editor.error.published",
        refused(() -> c.insertPart(null, PartKind.CHAPTER, null, "Nueva", null, null)).key());
    assertEquals("editor.error.published", refused(() -> c.removePart(part, p -> false)).key());
    assertEquals("Introducción", part.getTitle());
  }

  @Test
  void extendOnlyToALaterDateWithANotice() {
    var c = published(TODAY, TODAY.plusDays(20));
    Instant closes = c.getWindow().getClosesAt();
    assertEquals(
        "extendNotice",
        refused(() -> c.extend(closes.plus(Duration.ofDays(5)), "  ", "e", NOW)).field());
    assertEquals(
        "editor.error.extendLater", refused(() -> c.extend(closes, "Más tiempo", "e", NOW)).key());
    assertEquals(
        "editor.error.extendLater",
        refused(() -> c.extend(closes.minus(Duration.ofDays(1)), "Más tiempo", "e", NOW)).key());
    var notice =
        c.extend(
            closes.plus(Duration.ofDays(5)),
            "Por solicitud de las IES",
            "editor@participa.test",
            NOW);
    assertEquals(closes.plus(Duration.ofDays(5)), c.getWindow().getClosesAt());
    assertEquals(closes, notice.getPreviousClosesAt());
    assertEquals(NoticeKind.EXTENDED, notice.getKind());
    assertEquals(List.of(notice), c.getNotices());
    Instant later = NOW.plus(Duration.ofDays(40));
    assertEquals(
        "editor.error.alreadyClosed",
        refused(() -> c.extend(later.plus(Duration.ofDays(5)), "Otra vez", "e", later)).key());
  }

  @Test
  void closeEarlyOnlyWhileOpenWithANotice() {
    var scheduled = published(TODAY.plusDays(3), TODAY.plusDays(20));
    assertEquals(
        "editor.error.notOpen", refused(() -> scheduled.closeEarly("Cierre", "e", NOW)).key());

    var open = published(TODAY, TODAY.plusDays(20));
    assertEquals("closeNotice", refused(() -> open.closeEarly("", "e", NOW)).field());
    var notice = open.closeEarly("Se retira el borrador para ajustes", "e", NOW);
    assertEquals(NoticeKind.CLOSED_EARLY, notice.getKind());
    assertEquals(EditorialState.CLOSED, open.stateAt(NOW));
    assertFalse(open.acceptsObservationsAt(NOW));
  }

  @Test
  void aCorrectionIsANewVersionWithItsNoteAndTheTextsBeforeAndAfter() {
    var c = published(TODAY, TODAY.plusDays(20));
    var part = c.getParts().get(0);
    assertEquals(
        "changeNote",
        refused(() -> c.correctPart(part, "1", "Introducción", "Texto nuevo", null, " ", "e", NOW))
            .field());
    assertEquals(
        "editor.error.noChange",
        refused(() -> c.correctPart(part, "1", "Introducción", "Texto", null, "Nada", "e", NOW))
            .key());
    assertEquals(1, c.getContentVersion());

    var revision =
        c.correctPart(
            part, "1", "Introducción", "Texto corregido", null, "Se corrige una cifra", "e", NOW);
    assertEquals(2, c.getContentVersion());
    assertEquals(2, revision.getVersionNumber());
    assertEquals(
        "Texto corregido", part.getBody(), "corrected in place: the part keeps its identity");
    assertEquals(
        List.of(
            new RevisionChange(
                "body", part.getId(), "1 Introducción", null, "Texto", "Texto corregido")),
        revision.getChanges());

    var second =
        c.correctMetadata(
            "Plan de acción institucional 2027",
            "Resumen",
            "Oficina Asesora de Planeación",
            "Título completo",
            "e",
            NOW);
    assertEquals(3, second.getVersionNumber());
    assertEquals("Plan de acción 2027", second.getChanges().get(0).before());
    assertEquals(2, c.getRevisions().size());
  }

  @Test
  void correctingATableRowRecordsEachChangedCell() {
    var c = draft();
    var row =
        c.insertPart(
            c.getParts().get(0),
            PartKind.BUDGET_LINE,
            null,
            "Gastos de personal",
            null,
            List.of(new PartField("Rubro", "A-01"), new PartField("Valor", "$ 98")));
    c.schedule(CommentWindow.ofBogotaDates(TODAY, TODAY.plusDays(20)), MIN, null, NOW);
    var revision =
        c.correctPart(
            row,
            null,
            "Gastos de personal",
            null,
            List.of(new PartField("Rubro", "A-01"), new PartField("Valor", "$ 89")),
            "Error de digitación",
            "e",
            NOW);
    assertEquals(1, revision.getChanges().size());
    assertEquals("Valor", revision.getChanges().get(0).cellLabel());
    assertEquals("$ 98", revision.getChanges().get(0).before());
  }

  @Test
  void partsWithObservationsAreNeverRemoved() {
    var c = draft();
    var chapter = c.getParts().get(0);
    var section = c.insertPart(chapter, PartKind.SECTION, "1.1", "Alcance", null, null);
    var e = refused(() -> c.removePart(chapter, p -> p == section));
    assertEquals("editor.error.partHasObservations", e.key());
    assertTrue(e.message().contains("«1.1 Alcance»"), e.message());
    assertEquals(2, c.getParts().size());
    assertEquals(
        "editor.error.partHasObservations",
        refused(() -> c.removeAllParts(p -> p == section)).key());

    var removed = c.removePart(chapter, p -> false);
    assertEquals(List.of(section, chapter), removed, "children first, the order to delete them");
    assertTrue(c.getParts().isEmpty());
  }

  @Test
  void partsAreInsertedUnderTheirParentAndMovedWithTheirChildren() {
    var c = draft();
    var one = c.getParts().get(0);
    var two = c.insertPart(null, PartKind.CHAPTER, "2", "Dos", null, null);
    var oneOne = c.insertPart(one, PartKind.SECTION, "1.1", "Uno uno", null, null);
    assertEquals(List.of(one, oneOne, two), c.getParts());
    assertEquals(1, oneOne.getPosition());

    c.movePart(two, true);
    assertEquals(List.of(two, one, oneOne), c.getParts());
    assertEquals(
        List.of(0, 1, 2), c.getParts().stream().map(ConsultationPart::getPosition).toList());
    assertEquals("editor.error.cannotMove", refused(() -> c.movePart(two, true)).key());
    assertEquals("editor.error.cannotMove", refused(() -> c.movePart(oneOne, false)).key());
    c.movePart(two, false);
    assertEquals(List.of(one, oneOne, two), c.getParts());

    var row =
        c.insertPart(one, PartKind.ACTIVITY, null, "Fila", null, List.of(new PartField("A", "b")));
    assertEquals(
        "editor.error.parentIsRow",
        refused(() -> c.insertPart(row, PartKind.PARAGRAPH, null, "Bajo fila", null, null)).key());
  }
}
