package co.gov.icetex.participa.campaign.domain;

import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.PersonalData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What of a citizen's text counts when looking for copies of one form letter: its words, in lower
 * case and without accents ("Educación" = "educacion"), with punctuation, line breaks and runs of
 * spaces gone, without the links and the personal data people add to their copy (e-mails, phone and
 * ID numbers, as {@link PersonalData#redact} finds them, and URLs), and without the greeting and
 * signature ({@link Salutations}). The personal data is removed rather than replaced by a
 * placeholder word: a text that was only an e-mail address is then empty and joins no campaign,
 * instead of grouping with every other one.
 *
 * <p>Short numbers stay: in "apoyo la meta 3" and "apoyo la meta 5" the number is the message,
 * while a cédula or a phone number (seven digits or more) is the sender, not the message.
 */
public final class NormalisedText {

  private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
  private static final int MIN_DIGITS_OF_AN_ID = 7;

  private final String value;
  private final String[] words;

  private NormalisedText(List<String> words) {
    this.words = words.toArray(String[]::new);
    this.value = String.join(" ", words);
  }

  /**
   * Expects the text as observations are stored, already through {@link
   * co.gov.icetex.participa.shared.PlainText#multiLine} (NFC, no control characters), so that is
   * not repeated here; anything else that is not a letter or a digit separates words anyway.
   *
   * <p>The link and personal-data patterns run only on texts that may hold what they look for (a
   * "://" or "www.", an "@" or seven digits): on a text of 1,100 characters they took about 80 µs
   * of CPU, more than a third of the whole fingerprint then, and most observations hold neither.
   */
  public static NormalisedText of(String text) {
    String folded = Folding.fold(text);
    if (folded.contains("://") || folded.contains("www.")) {
      folded = URL.matcher(folded).replaceAll(" ");
    }
    if (mayHoldPersonalData(folded)) {
      folded =
          PersonalData.redact(folded)
              .replace(PersonalData.EMAIL_MASK, " ")
              .replace(PersonalData.NUMBER_MASK, " ");
    }
    String body = Salutations.strip(folded);
    return new NormalisedText(Salutations.words(body, 0, body.length()));
  }

  private static boolean mayHoldPersonalData(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@' || (c >= '0' && c <= '9' && ++digits >= MIN_DIGITS_OF_AN_ID)) {
        return true;
      }
    }
    return false;
  }

  /** The words joined by single spaces. */
  public String value() {
    return value;
  }

  public int wordCount() {
    return words.length;
  }

  public String word(int index) {
    return words[index];
  }

  public boolean isEmpty() {
    return words.length == 0;
  }

  /**
   * SHA-256 of the normalised text, 64 hex digits: equal keys mean identical texts once normalised,
   * so an exact duplicate is found with one indexed lookup.
   */
  public String exactKey() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
