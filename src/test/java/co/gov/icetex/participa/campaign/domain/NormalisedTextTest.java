package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalisedTextTest {

  private static String normalised(String text) {
    return NormalisedText.of(text).value();
  }

  @Test
  void foldsCaseAccentsPunctuationAndSpaces() {
    assertEquals(
        "educacion gratuita ya para el ano 2026",
        normalised("¡Educación   GRATUITA,\n\tya! ¿Para el AÑO 2026?"));
  }

  @Test
  void dropsEmailsPhoneAndIdNumbersAndLinksButKeepsShortNumbers() {
    assertEquals(
        "escribanme a o al cedula vean la meta 3 2",
        normalised(
            "Escríbanme a ana.perez@correo.com.co o al 300 123 4567, cédula 1.020.345.678. "
                + "Vean https://www.icetex.gov.co/plan?id=7: la meta 3.2"));
    assertEquals(
        normalised("Llamen al 311 456 7890 o a jorge@gmail.com, esta es la propuesta de todos"),
        normalised(
            "Llamen al (601) 555-1234 o a maria_p@hotmail.com, esta es la propuesta de todos"));
  }

  @Test
  void dropsTheGreetingsPeopleWrite() {
    String body = "Solicito ampliar el plazo de gracia";
    for (String greeting :
        new String[] {
          "Cordial saludo.\n",
          "Buenos días, señores del ICETEX:\n",
          "Respetados señores\n",
          "Hola, ",
          "A quien corresponda:\n",
          "Estimados señores ICETEX, buenas tardes.\n",
          "Señores ICETEX. "
        }) {
      assertEquals("solicito ampliar el plazo de gracia", normalised(greeting + body), greeting);
    }
  }

  @Test
  void keepsAnOpeningThatSaysMoreThanHello() {
    assertEquals(
        "buenos dias quiero pedir que amplien el plazo",
        normalised("Buenos días quiero pedir que amplíen el plazo."));
    assertEquals(
        "de acuerdo con el plan no veo la meta de empleo",
        normalised("Señores, de acuerdo con el plan no veo la meta de empleo."));
  }

  @Test
  void dropsTheSignOffAndTheSignatureAfterIt() {
    String body = "Solicito ampliar el plazo de gracia. ";
    for (String signOff :
        new String[] {
          "Atentamente,\nJuan Carlos Pérez Gómez\nC.C. 79.845.120\nCali, Valle del Cauca",
          "Cordialmente, Ana",
          "Gracias por su atención.",
          "Quedo atenta a su respuesta.\nMaría José",
          "Cordial saludo,\nDiana Suárez, estudiante de Enfermería de la Universidad de Cartagena",
          "Agradezco su atención. Atentamente, Luis"
        }) {
      assertEquals("solicito ampliar el plazo de gracia", normalised(body + signOff), signOff);
    }
  }

  @Test
  void keepsAnArgumentThatStartsLikeASignOff() {
    assertEquals(
        "revisen la tasa respetuosamente solicito que se publique el informe",
        normalised("Revisen la tasa. Respetuosamente solicito que se publique el informe."));
    String longTail =
        "Saludos. Y además les pido que el informe trimestral incluya el número de créditos "
            + "aprobados por municipio, por programa, por estrato y por tipo de institución.";
    assertTrue(
        normalised("Revisen la tasa. " + longTail).endsWith("tipo de institucion"),
        "more than " + Salutations.MAX_SIGNATURE_WORDS + " words after a formula are no signature");
  }

  @Test
  void aTextOfNothingButGreetingsAndContactDataIsEmpty() {
    assertTrue(NormalisedText.of("Buenos días. Saludos cordiales").isEmpty());
    assertTrue(NormalisedText.of("¡¡¡ ... !!!").isEmpty());
    assertTrue(NormalisedText.of(null).isEmpty());
    assertTrue(NormalisedText.of("ana@example.co, 300 123 4567").isEmpty());
  }

  @Test
  void theExactKeyIsTheSameOnlyForTheSameNormalisedText() {
    String key = NormalisedText.of("Estoy de acuerdo.").exactKey();
    assertTrue(key.matches("[0-9a-f]{64}"), key);
    assertEquals(
        key, NormalisedText.of("Cordial saludo. ¡Estoy DE ACUERDO! Atentamente, Ana").exactKey());
    assertNotEquals(key, NormalisedText.of("No estoy de acuerdo.").exactKey());
  }
}
