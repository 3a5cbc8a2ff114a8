package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void hidesEmailsPhonesAndIdNumbersTypedIntoAText() {
    String text =
        "Soy Ana (ana.perez+icetex@correo.com.co), cédula 1.020.345.678, celular 300 123 4567, "
            + "fijo (601) 555-1234 y +57 310-555-0000.";
    String shown = PersonalData.redact(text);
    assertFalse(shown.contains("ana.perez"), shown);
    assertFalse(shown.contains("1.020.345.678"), shown);
    assertFalse(shown.contains("4567"), shown);
    assertFalse(shown.contains("555-1234"), shown);
    assertFalse(shown.contains("310"), shown);
    assertEquals(
        "Soy Ana ([correo oculto]), cédula [número oculto], celular [número oculto], "
            + "fijo [número oculto] y [número oculto].",
        shown);
  }

  @Test
  void keepsShortNumbersDatesAndSumsOfMoney() {
    String text =
        "La meta 2.3 sube al 15 % en 2026; el rubro pasa de $ 2.345.000.000 a $1.200.000.";
    assertEquals(text, PersonalData.redact(text));
  }

  @Test
  void nothingToHideLeavesTheTextAlone() {
    assertEquals("", PersonalData.redact(""));
    assertEquals(null, PersonalData.redact(null));
    assertEquals("Sin datos personales.", PersonalData.redact("Sin datos personales."));
  }

  @Test
  void aMaskedAddressKeepsTwoLettersAndTheDomain() {
    assertEquals("ma\u2022\u2022\u2022@gmail.com", PersonalData.maskEmail("maria.perez@gmail.com"));
    // A short name keeps one letter only: two of four would give most of it away.
    assertEquals("a\u2022\u2022\u2022@icetex.gov.co", PersonalData.maskEmail("ana@icetex.gov.co"));
    assertEquals("", PersonalData.maskEmail(null));
  }

  @Test
  void findsTheSameAddressesAsThePlainPatternOfTheirDefinition() {
    Pattern plain = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    String alphabet = "ab.@-_+%ñé1²Ⅻ ,@.x😀";
    var random = new Random(1581);
    for (int n = 0; n < 20_000; n++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = plain.matcher(text).replaceAll(PersonalData.EMAIL_MASK);
      if (!expected.contains(PersonalData.EMAIL_MASK)) {
        continue; // no address: the number rule alone decides, tested above
      }
      assertEquals(
          expected.equals(text.toString()),
          PersonalData.redact(text.toString()).equals(text.toString()),
          text::toString);
      assertEquals(expected, PersonalData.redact(text.toString()), text::toString);
    }
  }
}
