package co.gov.icetex.participa.shared.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.validation.Validation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commands validated at a service's boundary: Spanish sentences from the bundle, in the form's
 * order.
 */
class CommandValidatorTest {

  /** A command as services declare them: constraints whose messages are bundle keys. */
  record Signup(
      @NotBlank(message = "validation.authorName.required") String authorName,
      @NotBlank(message = "validation.email.required") @Email(message = "validation.email.invalid")
          String email,
      @NotNull(message = "validation.department.required") String department,
      @AssertTrue(message = "validation.consent.required") boolean consent) {}

  private final CommandValidator validator = new CommandValidator();

  @Test
  void constraintMessagesAreTheBundlesSpanishSentences() {
    Refusal refusal =
        assertThrows(Refusal.class, () -> validator.check(new Signup("Ana", "ana@", "05", true)));
    assertEquals(Reason.INVALID, refusal.reason());
    assertEquals(422, refusal.reason().status());
    assertEquals(
        List.of(
            new Violation(
                "email",
                "validation.email.invalid",
                "Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.")),
        refusal.violations());
  }

  @Test
  void everyValidatorOfTheApplicationReadsTheBundleThroughValidationXml() {
    var plain = Validation.buildDefaultValidatorFactory().getValidator();
    var violation = plain.validate(new Signup(" ", "ana@example.co", "05", true)).iterator().next();
    assertEquals("Escriba su nombre o el de su organización.", violation.getMessage());
  }

  @Test
  void aTemplateThatIsNotABundleKeyKeepsTheProvidersOwnMessage() {
    record Loose(@NotNull String value) {}
    var violation =
        Validation.buildDefaultValidatorFactory()
            .getValidator()
            .validate(new Loose(null))
            .iterator()
            .next();
    assertFalse(violation.getMessage().isBlank());
    assertFalse(violation.getMessage().startsWith("{"), violation.getMessage());
  }

  @Test
  void fieldsComeInTheCommandsOrderOneMessageEachAMissingValueBeforeAMalformedOne() {
    Refusal refusal =
        assertThrows(Refusal.class, () -> validator.check(new Signup(" ", " ", null, false)));
    assertEquals(
        List.of("authorName", "email", "department", "consent"),
        refusal.violations().stream().map(Violation::field).toList());
    assertEquals("validation.email.required", refusal.violations().get(1).key());
  }

  @Test
  void rulesTheServiceAddsComeAfterTheCommandsFieldsAndGlobalOnesFirst() {
    Violations violations =
        validator
            .violationsOf(new Signup("Ana", "ana@example.co", null, true))
            .add("attachment", "validation.attachment.tooLarge")
            .add(Violation.GLOBAL, "validation.automated")
            .add("department", "validation.part.notInConsultation"); // the field already has one
    Refusal refusal = violations.refusal();
    assertEquals(
        List.of(Violation.GLOBAL, "department", "attachment"),
        refusal.violations().stream().map(Violation::field).toList());
    assertEquals(
        "Seleccione un departamento de la lista.", refusal.messageFor("department").orElseThrow());
    assertEquals(
        "No pudimos recibir el envío. Si usted es una persona, recargue la página e inténtelo de nuevo.",
        refusal.globalMessage().orElseThrow());
  }

  @Test
  void aValidCommandPassesAndADismissedRuleNoLongerRefuses() {
    assertDoesNotThrow(() -> validator.check(new Signup("Ana", "ana@example.co", "05", true)));
    assertDoesNotThrow(
        () ->
            validator
                .violationsOf(new Signup("Ana", " ", "05", true))
                .dismiss("email")
                .throwIfAny());
  }

  @Test
  void theObservationFormsFieldsAreReportedInTheFormsOrder() {
    var empty = new ObservationSubmission(null, "", "", null, null, "", false, false);
    Refusal refusal = assertThrows(Refusal.class, () -> validator.check(empty));
    assertEquals(
        List.of("authorName", "email", "stakeholderGroup", "department", "text", "consent"),
        refusal.violations().stream().map(Violation::field).toList());
  }

  @Test
  void aRefusalOfTheRequestAsAWholeCarriesItsReasonAndSentence() {
    Refusal refusal =
        Refusal.of(Reason.CONFLICT, "validation.consultation.notOpen", "Plan de acción");
    assertEquals(409, refusal.reason().status());
    assertEquals(
        "La consulta «Plan de acción» no está abierta a observaciones en este momento.",
        refusal.globalMessage().orElseThrow());
    assertEquals(Violation.GLOBAL, refusal.violations().get(0).field());
  }
}
