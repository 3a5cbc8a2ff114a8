package co.gov.icetex.participa.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

  private static String words(int count) {
    var text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("palabra").append(i).append(' ');
    }
    return text.toString();
  }

  @Test
  void aSignatureFromThirtyWords() {
    assertTrue(TextFingerprint.of(words(TextFingerprint.MIN_WORDS)).hasSignature());
    TextFingerprint shorter = TextFingerprint.of(words(TextFingerprint.MIN_WORDS - 1));
    assertFalse(shorter.hasSignature());
    assertFalse(shorter.isBlank());
    assertEquals(0, shorter.bandKeys().length);
  }

  @Test
  void greetingsAndSignaturesDoNotCountTowardsTheLength() {
    String shortMessage =
        "Cordial saludo. Estoy de acuerdo con la propuesta de ampliar el plazo de gracia. "
            + "Atentamente, Juan Carlos Pérez Gómez, estudiante de Ingeniería Civil de la Universidad del Cauca, "
            + "Popayán";
    assertFalse(TextFingerprint.of(shortMessage).hasSignature());
  }

  @Test
  void aTextWithNothingLeftIsBlank() {
    TextFingerprint blank = TextFingerprint.of("Buenos días. juan@example.co");
    assertTrue(blank.isBlank());
    assertNull(blank.exactKey());
    assertFalse(blank.sameTextAs(TextFingerprint.of("Hola. ana@example.co")));
  }

  @Test
  void resemblanceNeedsTwoSignatures() {
    TextFingerprint letter = TextFingerprint.of(FormLetters.LETTER);
    assertEquals(
        1.0, letter.resemblance(TextFingerprint.of(FormLetters.OTHER_GREETING_AND_SIGNATURE)));
    assertEquals(0.0, letter.resemblance(TextFingerprint.of("Estoy de acuerdo.")));
  }

  @Test
  void restoredFromItsColumnsItIsTheSame() {
    TextFingerprint letter = TextFingerprint.of(FormLetters.LETTER);
    assertEquals(letter, TextFingerprint.restore(letter.exactKey(), letter.signature().toBytes()));
    TextFingerprint shortText = TextFingerprint.of("Estoy de acuerdo.");
    assertEquals(shortText, TextFingerprint.restore(shortText.exactKey(), null));
    byte[] signature = letter.signature().toBytes();
    assertThrows(IllegalArgumentException.class, () -> TextFingerprint.restore(null, signature));
  }
}
