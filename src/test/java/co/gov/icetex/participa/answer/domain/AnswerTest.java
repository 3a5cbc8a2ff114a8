package co.gov.icetex.participa.answer.domain;

import static co.gov.icetex.participa.observation.domain.DomainFixtures.NOW;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.assigned;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.consultation;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.office;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.staff.domain.Office;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The answer's state machine: drafted → approved or returned → published, four eyes on approval,
 * and every observation of a group moving with its answer.
 */
class AnswerTest {

  private static final String RESPONDER = "respuestas@participa.test";
  private static final String APPROVER = "aprobador@participa.test";
  private static final Instant LATER = NOW.plusSeconds(3600);

  private final Consultation consultation = consultation();
  private final Office planning = office(1, "Oficina Asesora de Planeación");

  private Answer drafted(Observation... observations) {
    return new Answer(
        List.of(observations),
        planning,
        AnswerOutcome.ACCEPTED,
        "  Gracias; se incorpora.  ",
        RESPONDER,
        NOW);
  }

  /** An answer brought to {@code status} by the legal steps. */
  private Answer in(AnswerStatus status) {
    var answer = drafted(assigned(consultation, planning));
    switch (status) {
      case DRAFT -> {}
      case RETURNED -> answer.returnForChanges("Citar la meta.", APPROVER, NOW);
      case APPROVED -> answer.approve(APPROVER, NOW);
      case PUBLISHED -> {
        answer.approve(APPROVER, NOW);
        answer.publish(NOW);
      }
    }
    assertEquals(status, answer.getStatus());
    return answer;
  }

  private static void refused(String key, Runnable action) {
    assertEquals(key, assertThrows(Refusal.class, action::run).violations().get(0).key());
  }

  @Test
  void aDraftMovesEveryObservationOfItsGroupAlongToPublication() {
    var first = assigned(consultation, planning);
    var second = assigned(consultation, planning);
    var answer = drafted(first, second);
    assertEquals(ObservationStatus.DRAFTED, first.getStatus());
    assertEquals(ObservationStatus.DRAFTED, second.getStatus());
    assertEquals("Gracias; se incorpora.", answer.getText(), "kept without surrounding spaces");

    answer.returnForChanges(" Citar la meta exacta. ", APPROVER, NOW);
    assertEquals(ObservationStatus.RETURNED, second.getStatus());
    assertEquals("Citar la meta exacta.", answer.getReturnComment());

    answer.redraft(AnswerOutcome.PARTIALLY_ACCEPTED, "Se incorpora la meta 1.2.", RESPONDER, LATER);
    assertEquals(ObservationStatus.DRAFTED, first.getStatus());
    answer.approve(APPROVER, LATER);
    assertNull(answer.getReturnComment(), "an approval clears the earlier return");
    assertEquals(ObservationStatus.APPROVED, second.getStatus());
    answer.publish(LATER);
    assertEquals(ObservationStatus.PUBLISHED, first.getStatus());
    assertEquals(ObservationStatus.PUBLISHED, second.getStatus());
    assertEquals(LATER, answer.getPublishedAt());
  }

  @Test
  void theDrafterCannotApproveOrReturnTheirOwnAnswerWhateverTheCase() {
    var answer = in(AnswerStatus.DRAFT);
    refused("answer.error.fourEyes", () -> answer.approve(RESPONDER.toUpperCase(), NOW));
    refused("answer.error.fourEyes", () -> answer.returnForChanges("Ajustar.", RESPONDER, NOW));
    assertEquals(AnswerStatus.DRAFT, answer.getStatus());
    assertEquals(ObservationStatus.DRAFTED, answer.getObservations().get(0).getStatus());
  }

  @Test
  void whoeverRedraftsAReturnedAnswerBecomesItsDrafterForTheFourEyes() {
    var answer = in(AnswerStatus.RETURNED);
    answer.redraft(AnswerOutcome.ACCEPTED, "Texto ajustado.", APPROVER, NOW);
    refused("answer.error.fourEyes", () -> answer.approve(APPROVER, NOW));
    answer.approve(RESPONDER, NOW);
    assertEquals(AnswerStatus.APPROVED, answer.getStatus());
  }

  @Test
  void aReturnNeedsAComment() {
    var answer = in(AnswerStatus.DRAFT);
    refused(
        "answer.error.returnCommentRequired", () -> answer.returnForChanges("  ", APPROVER, NOW));
    assertEquals(AnswerStatus.DRAFT, answer.getStatus());
  }

  @ParameterizedTest
  @EnumSource(
      value = AnswerStatus.class,
      names = {"RETURNED", "APPROVED", "PUBLISHED"})
  void onlyADraftAwaitsApproval(AnswerStatus status) {
    var answer = in(status);
    refused("answer.error.notAwaitingApproval", () -> answer.approve(APPROVER, NOW));
    refused(
        "answer.error.notAwaitingApproval",
        () -> answer.returnForChanges("Ajustar.", APPROVER, NOW));
    assertEquals(status, answer.getStatus(), "nothing changed");
  }

  @ParameterizedTest
  @EnumSource(
      value = AnswerStatus.class,
      names = {"DRAFT", "RETURNED", "PUBLISHED"})
  void onlyAnApprovedAnswerIsPublished(AnswerStatus status) {
    var answer = in(status);
    Instant publishedAt = answer.getPublishedAt();
    refused("answer.error.notApproved", () -> answer.publish(LATER));
    assertEquals(status, answer.getStatus());
    assertEquals(
        publishedAt, answer.getPublishedAt(), "a published answer keeps its first publication");
  }

  @ParameterizedTest
  @EnumSource(
      value = AnswerStatus.class,
      names = {"APPROVED", "PUBLISHED"})
  void anApprovedOrPublishedAnswerCannotBeRedrafted(AnswerStatus status) {
    var answer = in(status);
    refused(
        "answer.error.notEditable",
        () -> answer.redraft(AnswerOutcome.NOT_ACCEPTED, "Otro texto.", RESPONDER, NOW));
    assertEquals(AnswerOutcome.ACCEPTED, answer.getOutcome());
    assertEquals(status.observationStatus(), answer.getObservations().get(0).getStatus());
  }

  @Test
  void aDraftNeedsAnOutcomeAndAText() {
    refused(
        "answer.error.outcomeRequired",
        () ->
            new Answer(
                List.of(assigned(consultation, planning)),
                planning,
                null,
                "Texto",
                RESPONDER,
                NOW));
    refused(
        "answer.error.textRequired",
        () ->
            new Answer(
                List.of(assigned(consultation, planning)),
                planning,
                AnswerOutcome.ACCEPTED,
                " ",
                RESPONDER,
                NOW));
    refused(
        "answer.error.textTooLong",
        () ->
            new Answer(
                List.of(assigned(consultation, planning)),
                planning,
                AnswerOutcome.ACCEPTED,
                "a".repeat(Answer.MAX_TEXT + 1),
                RESPONDER,
                NOW));
  }

  @Test
  void onlyObservationsAssignedToTheOfficeAndAwaitingAnAnswerAreAnswered() {
    var elsewhere = assigned(consultation, office(2, "Vicepresidencia de Crédito"));
    refused("answer.error.notAssignedToOffice", () -> drafted(elsewhere));
    refused("answer.error.notAssignedToOffice", () -> drafted(received(consultation)));
    var other = assigned(consultation(), planning);
    refused(
        "answer.error.mixedConsultations", () -> drafted(assigned(consultation, planning), other));
    var alreadyAnswered = assigned(consultation, planning);
    drafted(alreadyAnswered);
    refused("answer.error.notAnswerable", () -> drafted(alreadyAnswered));
    assertThrows(IllegalArgumentException.class, () -> drafted());
  }

  @ParameterizedTest
  @EnumSource(AnswerStatus.class)
  void itsObservationsAreOpenForAnswerExactlyWhileItIsEditable(AnswerStatus status) {
    var answer = in(status);
    Observation o = answer.getObservations().get(0);
    assertEquals(answer.isEditable(), o.isOpenForAnswer(), "the page offers the answer form");
    assertFalse(o.isAwaitingAnswer(), "answered: no second first draft");
  }

  @Test
  void anObservationAwaitsAFirstAnswerOnlyWhenAssignedAndNotAnswered() {
    var waiting = assigned(consultation, planning);
    assertTrue(waiting.isAwaitingAnswer());
    assertTrue(waiting.isOpenForAnswer());
    var received = received(consultation);
    assertFalse(received.isAwaitingAnswer());
    assertFalse(received.isOpenForAnswer());
  }

  @Test
  void aFailedGroupLeavesEveryObservationAsItWas() {
    var fine = assigned(consultation, planning);
    var elsewhere = assigned(consultation, office(2, "Vicepresidencia de Crédito"));
    refused("answer.error.notAssignedToOffice", () -> drafted(fine, elsewhere));
    assertEquals(ObservationStatus.ASSIGNED, fine.getStatus());
    assertNull(fine.getAnswerId());
  }

  @Test
  void anAnswerIsOnTimeUpToTheEndOfItsDueDateInBogota() {
    LocalDate due = LocalDate.of(2026, 3, 24);
    assertTrue(
        Answer.publishedOnTime(Instant.parse("2026-03-25T04:59:59Z"), due), "23:59 in Bogotá");
    assertFalse(
        Answer.publishedOnTime(Instant.parse("2026-03-25T05:00:00Z"), due), "0:00 the next day");
  }
}
