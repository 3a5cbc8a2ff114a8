package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {

  /** The definition: decomposed, without combining marks, trimmed, in lower case. */
  private static String byDefinition(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void foldsSpanishAsPeopleCompareIt() {
    assertEquals("educacion publica", Folding.fold("  Educación PÚBLICA "));
    assertEquals("nino pinguino", Folding.fold("Niño pingüino"));
    assertEquals("cafe", Folding.fold("cafe\u0301"), "an accent typed as a combining mark");
    assertEquals("", Folding.fold(null));
  }

  @Test
  void foldsEveryCharacterOfTheBasicMultilingualPlaneAsTheDefinitionDoes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String text = "a" + (char) c + "b";
      String code = "U+" + Integer.toHexString(c);
      assertEquals(byDefinition(text), Folding.fold(text), code);
    }
  }

  @Test
  void foldsMixedTextsAsTheDefinitionDoes() {
    var random = new Random(1581);
    String alphabet = "aeiouáéíóúÁÉÍÓÚñÑüÜçÇ \t\n.,;:¿?¡!0123456789ßæœ\u0301\u0303\u0308한글Ωώ𝐀😀";
    for (int n = 0; n < 2_000; n++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertEquals(byDefinition(text.toString()), Folding.fold(text.toString()), text::toString);
    }
  }
}
