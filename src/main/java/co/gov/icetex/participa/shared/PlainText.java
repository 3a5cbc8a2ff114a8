package co.gov.icetex.participa.shared;

import java.text.Normalizer;

/**
 * Normalises text people type before it is stored: Unicode NFC (so "á" is one code point whatever
 * the keyboard sent), Windows and old Mac line ends to "\n", and no control characters besides line
 * ends and tabs. Markup is left as literal text: it is neutralised by escaping on output, never by
 * guessing.
 */
public final class PlainText {

  private PlainText() {}

  public static String multiLine(String value) {
    if (value == null) {
      return null;
    }
    String text =
        Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    return text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
        .replaceAll("[\\p{Cf}&&[^\u200d]]", "")
        .strip();
  }

  public static String singleLine(String value) {
    String text = multiLine(value);
    return text == null ? null : text.replaceAll("\\s+", " ");
  }
}
