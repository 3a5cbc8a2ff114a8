package co.gov.icetex.participa.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of a submission and their Spanish messages, as the form and the API report them. */
class ObservationSubmissionTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static ObservationSubmission valid() {
    return new ObservationSubmission(
        null,
        "Ana Pérez",
        "ana@example.co",
        StakeholderGroup.ESTUDIANTE,
        Department.ANTIOQUIA,
        "Sugiero publicar el cronograma.",
        true,
        false);
  }

  private static Map<String, String> errorsOf(ObservationSubmission s) {
    return new CommandValidator()
        .violationsOf(s).ordered().stream()
            .collect(Collectors.toMap(Violation::field, Violation::message));
  }

  @Test
  void aCompleteSubmissionIsValid() {
    assertTrue(errorsOf(valid()).isEmpty());
  }

  @Test
  void eachMissingFieldGetsItsOwnSpanishMessage() {
    var s = new ObservationSubmission(null, " ", "", null, null, "   ", false, false);
    Map<String, String> errors = errorsOf(s);
    assertEquals("Escriba su nombre o el de su organización.", errors.get("authorName"));
    assertEquals(
        "Escriba su correo electrónico: allí le enviaremos el comprobante y la respuesta.",
        errors.get("email"));
    assertEquals("Seleccione un grupo de interés de la lista.", errors.get("stakeholderGroup"));
    assertEquals("Seleccione un departamento de la lista.", errors.get("department"));
    assertEquals("Escriba su observación.", errors.get("text"));
    assertTrue(
        errors
            .get("consent")
            .startsWith("Para recibir su observación necesitamos su autorización"));
  }

  @Test
  void textIsLimitedTo5000Characters() {
    var ok =
        new ObservationSubmission(
            null,
            "Ana",
            "ana@example.co",
            StakeholderGroup.IES,
            Department.BOGOTA,
            "a".repeat(5000),
            true,
            false);
    var tooLong =
        new ObservationSubmission(
            null,
            "Ana",
            "ana@example.co",
            StakeholderGroup.IES,
            Department.BOGOTA,
            "a".repeat(5001),
            true,
            false);
    assertTrue(errorsOf(ok).isEmpty());
    assertEquals(
        "La observación puede tener hasta 5.000 caracteres.", errorsOf(tooLong).get("text"));
  }

  @Test
  void anAddressWithoutDomainIsInvalid() {
    var s =
        new ObservationSubmission(
            null,
            "Ana",
            "ana@localhost",
            StakeholderGroup.IES,
            Department.BOGOTA,
            "Texto",
            true,
            false);
    assertEquals(
        "Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.",
        errorsOf(s).get("email"));
  }

  @Test
  void markupIsKeptAsTextAndControlCharactersGo() {
    var s =
        new ObservationSubmission(
            null,
            "Ana\u0000 \n Pérez",
            "ana@example.co",
            StakeholderGroup.IES,
            Department.BOGOTA,
            "<script>alert(1)</script>\r\nSegunda línea\u202E",
            true,
            false);
    assertEquals("<script>alert(1)</script>\nSegunda línea", s.text());
    assertEquals("Ana Pérez", s.authorName());
  }

  @Test
  void departmentsAreTheThirtyThreeDivipolaEntitiesThenAbroadAndUndisclosed() {
    assertEquals(
        33, java.util.Arrays.stream(Department.values()).filter(Department::isDivision).count());
    assertEquals(Department.BOGOTA, Department.ofCode("11").orElseThrow());
    assertTrue(Department.ofCode("12").isEmpty());
    // Not DANE codes, so open data never mistakes them for a division; two characters, as stored.
    assertEquals(Department.ABROAD, Department.ofCode("EX").orElseThrow());
    assertEquals(Department.UNDISCLOSED, Department.ofCode("ND").orElseThrow());
    assertEquals("Exterior", Department.ABROAD.getDisplayName());
    assertEquals("Prefiero no decir", Department.UNDISCLOSED.getDisplayName());
  }

  @Test
  void formsListDepartmentsInSpanishOrderThenAbroadAndUndisclosed() {
    var names = Department.byName().stream().map(Department::getDisplayName).toList();
    assertEquals(35, names.size());
    assertEquals("Amazonas", names.get(0));
    // Accents ignored as in Spanish: Córdoba sorts before Cundinamarca (a byte order puts it last).
    assertTrue(names.indexOf("Córdoba") < names.indexOf("Cundinamarca"));
    assertTrue(names.indexOf("Cundinamarca") < names.indexOf("Guainía"));
    assertTrue(names.indexOf("Bolívar") < names.indexOf("Boyacá"));
    assertEquals(List.of("Exterior", "Prefiero no decir"), names.subList(33, 35));
  }
}
