package co.gov.icetex.participa.moderation.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.answer.application.AnswerDraft;
import co.gov.icetex.participa.answer.application.DeadlineExtension;
import co.gov.icetex.participa.answer.application.ReturnForChanges;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms of the observation review page: the Spanish sentence each refused field gets, by field
 * name.
 */
class ReviewCommandsTest {

  private final CommandValidator validator = new CommandValidator();

  private List<String> refused(Object command) {
    Refusal refusal = assertThrows(Refusal.class, () -> validator.check(command));
    return refusal.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
  }

  @Test
  void aTriageNeedsADecisionAndAReasonOfAReasonableLength() {
    assertEquals(
        List.of(
            "decision: Elija una decisión.",
            "reason: El motivo puede tener hasta 2.000 caracteres."),
        refused(new TriageCommand(null, "x".repeat(2001), null, null)));
    assertDoesNotThrow(
        () -> validator.check(new TriageCommand(Triage.PUBLISHABLE, null, null, null)));
  }

  @Test
  void anAnswerNeedsAnOutcomeAndAText() {
    assertEquals(
        List.of("outcome: Elija el resultado de la observación.", "text: Escriba la respuesta."),
        refused(new AnswerDraft(null, " ")));
    assertEquals(
        List.of("text: La respuesta puede tener hasta 10.000 caracteres."),
        refused(new AnswerDraft(AnswerOutcome.ACCEPTED, "x".repeat(10_001))));
  }

  @Test
  void aReturnSaysWhatMustChange() {
    assertEquals(
        List.of("comment: Escriba qué debe ajustarse: quien redactó la respuesta lo verá."),
        refused(new ReturnForChanges("")));
  }

  @Test
  void anExtensionNeedsADateAndTheReasonsTheAuthorWillRead() {
    assertEquals(
        List.of(
            "date: Escriba la nueva fecha de vencimiento.",
            "reason: Escriba los motivos de la ampliación: la persona los recibirá por correo."),
        refused(new DeadlineExtension(null, null)));
    assertDoesNotThrow(
        () ->
            validator.check(
                new DeadlineExtension(LocalDate.of(2026, 12, 31), "Concepto jurídico.")));
  }
}
