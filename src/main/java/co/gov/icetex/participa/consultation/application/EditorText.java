package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.shared.PlainText;

/**
 * How the editor's commands clean what people typed before it is validated: control characters
 * removed, single-line fields on one line, and an empty text read as no text, so "required" and the
 * length limits judge what would be saved.
 */
final class EditorText {

  private EditorText() {}

  static String line(String value) {
    return orNull(PlainText.singleLine(value));
  }

  static String lines(String value) {
    return orNull(PlainText.multiLine(value));
  }

  private static String orNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
