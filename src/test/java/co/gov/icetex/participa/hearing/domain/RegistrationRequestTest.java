package co.gov.icetex.participa.hearing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hearing registration form's sentences, field by field in the form's order (issue 12: about
 * the registration).
 */
class RegistrationRequestTest {

  private final CommandValidator validator = new CommandValidator();

  @Test
  void everyMissingFieldIsNamedAndTheConsentSpeaksOfTheRegistration() {
    Refusal refusal =
        assertThrows(
            Refusal.class,
            () -> validator.check(new RegistrationRequest(" ", "ana@", null, null, null, false)));
    assertEquals(
        List.of(
            "fullName: Escriba su nombre o el de su organización.",
            "email: Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.",
            "mode: Elija si asistirá presencialmente o en la transmisión.",
            "stakeholderGroup: Seleccione un grupo de interés de la lista.",
            "department: Seleccione un departamento de la lista.",
            "consent: Para inscribirle necesitamos su autorización para el tratamiento de datos personales."),
        refusal.violations().stream().map(v -> v.field() + ": " + v.message()).toList());
  }

  @Test
  void aCompleteRequestPasses() {
    assertDoesNotThrow(
        () ->
            validator.check(
                new RegistrationRequest(
                    "Ana Pérez",
                    "ana@example.co",
                    AttendanceMode.ONLINE,
                    StakeholderGroup.ESTUDIANTE,
                    Department.ofCode("05").orElseThrow(),
                    true)));
  }
}
