package co.gov.icetex.participa.finalversion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a final version: when it may start, what may be linked, and that publishing freezes
 * it.
 */
class FinalVersionTest {

  private static final Instant PUBLISHED_AT = Instant.parse("2026-11-02T15:00:00Z");
  private static final Instant DURING = Instant.parse("2026-11-10T15:00:00Z");
  private static final Instant AFTER = Instant.parse("2026-12-05T15:00:00Z");
  private static final long CONSULTATION_ID = 42;

  private static Consultation consultation() {
    var c =
        Consultation.draft(
            "plan-2027",
            ConsultationType.PLAN_ACCION,
            "Plan de acción 2027",
            "Resumen",
            2027,
            "Oficina Asesora de Planeación",
            PUBLISHED_AT);
    var chapter =
        c.insertPart(null, PartKind.CHAPTER, "1", "Cobertura", "Metas anuales de cobertura.", null);
    c.insertPart(
        chapter,
        PartKind.ACTIVITY,
        "1.1",
        "Feria de crédito",
        "",
        List.of(
            new PartField("Meta", "10 ferias"), new PartField("Responsable", "Oficina Comercial")));
    c.schedule(
        CommentWindow.ofBogotaDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)),
        Duration.ofDays(15),
        null,
        PUBLISHED_AT);
    setId(c, CONSULTATION_ID);
    return c;
  }

  private static void setId(Consultation c, long id) {
    try {
      Field f = Consultation.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(c, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LinkableObservation accepted(long id) {
    return new LinkableObservation(id, CONSULTATION_ID, "OBS-2026-00000" + id, "ACCEPTED");
  }

  private static Violation refused(Runnable action) {
    return assertThrows(Refusal.class, action::run).violations().get(0);
  }

  @Test
  void onlyAClosedConsultationGetsAFinalVersion() {
    var c = consultation();
    assertEquals(
        "finalVersion.error.notClosed",
        refused(() -> FinalVersion.start(c, "editor", DURING)).key());
    var draft = Consultation.draft("x-2027", ConsultationType.OTRO, "X", "Y", 2027, "Z", DURING);
    assertEquals(
        "finalVersion.error.notClosed",
        refused(() -> FinalVersion.start(draft, "editor", AFTER)).key());

    var f = FinalVersion.start(c, "editor", AFTER);
    assertEquals(2, f.getParts().size());
    assertTrue(f.getParts().stream().allMatch(p -> p.getChangeType() == ChangeType.UNCHANGED));
    assertEquals("Metas anuales de cobertura.", f.getParts().get(0).getDraftBody());
  }

  @Test
  void editingComparesWithTheDraftAndRevertingMakesAPartUnchangedAgain() {
    var f = FinalVersion.start(consultation(), "editor", AFTER);
    var chapter = f.getParts().get(0);
    f.edit(chapter, "1", "Cobertura", "Metas trimestrales de cobertura.", null, AFTER);
    assertEquals(ChangeType.CHANGED, chapter.getChangeType());
    assertEquals(
        "Metas anuales de cobertura.", chapter.getDraftBody(), "the draft side never changes");
    f.edit(chapter, "1", "Cobertura", "Metas anuales de cobertura.", null, AFTER);
    assertEquals(ChangeType.UNCHANGED, chapter.getChangeType());

    var row = f.getParts().get(1);
    f.edit(
        row,
        "1.1",
        "Feria de crédito",
        null,
        List.of(
            new PartField("Meta", "12 ferias"), new PartField("Responsable", "Oficina Comercial")),
        AFTER);
    assertEquals(ChangeType.CHANGED, row.getChangeType());
    assertEquals(
        "fields", refused(() -> f.edit(row, "1.1", "Feria", null, List.of(), AFTER)).field());
  }

  @Test
  void addedRowsTakeTheirColumnsFromTheRowBeforeAndRemovedPartsKeepTheirDraftText() {
    var f = FinalVersion.start(consultation(), "editor", AFTER);
    var row = f.getParts().get(1);
    var added = f.add(row, PartKind.ACTIVITY, "1.2", "Ferias virtuales", null, null, AFTER);
    assertEquals(ChangeType.ADDED, added.getChangeType());
    assertEquals(
        List.of(new PartField("Meta", ""), new PartField("Responsable", "")), added.getFields());
    assertEquals(2, added.getPosition());
    assertEquals(
        "finalVersion.error.rowAfterRow",
        refused(
                () ->
                    f.add(
                        f.getParts().get(0),
                        PartKind.INDICATOR,
                        null,
                        "Indicador",
                        null,
                        null,
                        AFTER))
            .key());

    assertFalse(f.remove(f.getParts().get(0), AFTER), "a draft part is kept, marked removed");
    assertEquals(ChangeType.REMOVED, f.getParts().get(0).getChangeType());
    assertEquals("1 Cobertura", f.getParts().get(0).getLabel());
    f.restore(f.getParts().get(0), AFTER);
    assertEquals(ChangeType.UNCHANGED, f.getParts().get(0).getChangeType());
    assertTrue(f.remove(added, AFTER), "an added part simply goes");
    assertEquals(2, f.getParts().size());
  }

  @Test
  void aLinkedObservationMustBeAnAcceptedOneOfThisConsultationOnAChangedPart() {
    var f = FinalVersion.start(consultation(), "editor", AFTER);
    var chapter = f.getParts().get(0);
    assertEquals(
        "finalVersion.error.unchangedPart",
        refused(() -> f.link(chapter, accepted(1), AFTER)).key());

    f.edit(chapter, "1", "Cobertura", "Metas trimestrales de cobertura.", null, AFTER);
    var other = new LinkableObservation(2, CONSULTATION_ID + 1, "OBS-2026-000002", "ACCEPTED");
    var e = refused(() -> f.link(chapter, other, AFTER));
    assertEquals("finalVersion.error.otherConsultation", e.key());
    assertEquals("observation", e.field());
    var rejected = new LinkableObservation(3, CONSULTATION_ID, "OBS-2026-000003", "NOT_ACCEPTED");
    assertEquals(
        "finalVersion.error.notAccepted", refused(() -> f.link(chapter, rejected, AFTER)).key());
    var unanswered = new LinkableObservation(4, CONSULTATION_ID, "OBS-2026-000004", null);
    assertEquals(
        "finalVersion.error.notAccepted", refused(() -> f.link(chapter, unanswered, AFTER)).key());

    f.link(chapter, accepted(1), AFTER);
    f.link(
        chapter,
        new LinkableObservation(5, CONSULTATION_ID, "OBS-2026-000005", "PARTIALLY_ACCEPTED"),
        AFTER);
    assertEquals(List.of(1L, 5L), chapter.getObservationIds());
    assertEquals(
        "finalVersion.error.alreadyLinked",
        refused(() -> f.link(chapter, accepted(1), AFTER)).key());
  }

  @Test
  void publishingRefusesLinksThatNoLongerHoldThenFreezesEverything() {
    var f = FinalVersion.start(consultation(), "editor", AFTER);
    var chapter = f.getParts().get(0);
    f.edit(chapter, "1", "Cobertura", "Metas trimestrales de cobertura.", null, AFTER);
    f.link(chapter, accepted(1), AFTER);
    var redrafted = new LinkableObservation(1, CONSULTATION_ID, "OBS-2026-000001", "NOT_ACCEPTED");
    assertEquals(
        "finalVersion.error.noLongerAccepted",
        refused(() -> f.publish(List.of(redrafted), "editor", AFTER)).key());
    assertFalse(f.isPublished());

    f.edit(chapter, "1", "Cobertura", "Metas anuales de cobertura.", null, AFTER);
    assertEquals(
        "finalVersion.error.linksOnUnchanged",
        refused(() -> f.publish(List.of(accepted(1)), "editor", AFTER)).key());

    f.edit(chapter, "1", "Cobertura", "Metas trimestrales de cobertura.", null, AFTER);
    f.describe("Se acogieron las observaciones sobre la periodicidad.", AFTER);
    f.publish(List.of(accepted(1)), "editor", AFTER);
    assertTrue(f.isPublished());
    assertEquals(1, f.changeCount());

    String published = "finalVersion.error.published";
    assertEquals(
        published,
        refused(() -> f.edit(chapter, "1", "Cobertura", "Otra cosa.", null, AFTER)).key());
    assertEquals(published, refused(() -> f.describe("Otro resumen", AFTER)).key());
    assertEquals(
        published,
        refused(() -> f.add(chapter, PartKind.PARAGRAPH, null, "Nuevo", "Texto", null, AFTER))
            .key());
    assertEquals(published, refused(() -> f.remove(chapter, AFTER)).key());
    assertEquals(published, refused(() -> f.unlink(chapter, 1, AFTER)).key());
    assertEquals(published, refused(() -> f.link(chapter, accepted(6), AFTER)).key());
    assertEquals(published, refused(() -> f.publish(List.of(accepted(1)), "editor", AFTER)).key());
    assertEquals("Metas trimestrales de cobertura.", chapter.getBody());
  }
}
