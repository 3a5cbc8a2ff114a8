package co.gov.icetex.participa.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data that citizens type into their own text (Ley 1581 de 2012: public pages and
 * open data never show e-mails, phone or ID numbers). Every public rendering of a citizen's text
 * goes through {@link #redact}: the report in all its formats, search results, the API and the
 * datasets.
 *
 * <p>Privacy first where the rule is unclear: any run of seven or more digits (separators aside) is
 * taken for a phone or ID number, unless it is a sum of money written with "$". A figure such as
 * "1.500.000 beneficiarios" is hidden too; that is the price of never publishing a cédula.
 */
public final class PersonalData {

  public static final String EMAIL_MASK = "[correo oculto]";
  public static final String NUMBER_MASK = "[número oculto]";

  /** An address: name characters, an "@", a domain. */
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

  /**
   * Digits with the separators people write in phones and IDs: spaces, dots, dashes, parentheses,
   * "+".
   */
  private static final Pattern NUMBER = Pattern.compile("\\+?\\(?\\d[\\d .\\-()]{5,}\\d");

  private static final int MIN_DIGITS = 7;

  private PersonalData() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String withoutEmails = hideEmails(text);
    if (asciiDigits(withoutEmails) < MIN_DIGITS) {
      return withoutEmails; // no number in it can be a phone or an ID
    }
    Matcher m = NUMBER.matcher(withoutEmails);
    var out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      long digits = found.chars().filter(Character::isDigit).count();
      boolean money = precededByCurrency(withoutEmails, m.start());
      m.appendReplacement(
          out, Matcher.quoteReplacement(digits >= MIN_DIGITS && !money ? NUMBER_MASK : found));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code EMAIL.matcher(text).replaceAll(EMAIL_MASK)}, without making the engine try every
   * position of the text: an address is anchored at an "@", so each "@" is tried once, from the
   * start of the run of name characters before it (a match further into the run would end the same
   * way, or fail the same way). The regular expression alone spent most of the campaign grouping's
   * redaction time in texts with no address at all ({@code src/bench/campaign-bench.sh}); {@code
   * PersonalDataTest} compares both.
   */
  private static String hideEmails(String text) {
    int at = text.indexOf('@');
    if (at < 0) {
      return text;
    }
    Matcher m = EMAIL.matcher(text);
    var out = new StringBuilder(text.length());
    int copied = 0;
    while (at >= 0) {
      int start = at;
      while (start > copied && isNameCharacter(text.codePointBefore(start))) {
        start -= Character.charCount(text.codePointBefore(start));
      }
      if (start < at && m.region(start, text.length()).lookingAt()) {
        out.append(text, copied, start).append(EMAIL_MASK);
        copied = m.end();
        at = text.indexOf('@', copied);
      } else {
        at = text.indexOf('@', at + 1);
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** {@code [\\p{L}\\p{N}._%+-]}. */
  private static boolean isNameCharacter(int c) {
    return Character.isLetter(c)
        || switch (Character.getType(c)) {
          case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
              true;
          default -> c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        };
  }

  private static int asciiDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  /**
   * An address as a page may show it to whoever holds a link to it (e.g. the confirmation, whose
   * signed link can be forwarded): enough for its owner to recognise it, "ma•••@gmail.com", not
   * enough for a stranger to write to it. The domain stays, since people tell their addresses apart
   * by it.
   */
  public static String maskEmail(String email) {
    if (email == null || email.isBlank()) {
      return "";
    }
    int at = email.lastIndexOf('@');
    String local = at < 0 ? email : email.substring(0, at);
    String domain = at < 0 ? "" : email.substring(at);
    int shown = local.length() > 4 ? 2 : Math.min(1, local.length());
    return local.substring(0, shown) + "\u2022\u2022\u2022" + domain;
  }

  private static boolean precededByCurrency(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == '$';
  }
}
