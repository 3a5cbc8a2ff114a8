package co.gov.icetex.participa.campaign.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the opening greeting and the closing formula with the signature from a folded text (lower
 * case, no accents, punctuation still there), because that is where copies of one form letter
 * differ: people paste the body and write their own "Buenos días" and "Atentamente, Juan Pérez,
 * Cali".
 *
 * <p>Why strip rather than let the similarity absorb it: stripped, copies that differ only there
 * have the same exact key (one indexed lookup, and the only way short texts group: "Cordial saludo.
 * Estoy de acuerdo. Atentamente, Ana" and "Hola, estoy de acuerdo. Gracias"); the length rule of
 * {@link TextFingerprint} counts the message, not a 15-word signature; and in a short letter the
 * signature weighs: two copies of a 40-word body, each with its own 3-word greeting and 15-word
 * signature (name, cédula, role, city), share 38 of 74 distinct three-word shingles, Jaccard 0.51,
 * under the threshold. It is kept conservative so that nothing a citizen argues is lost: a leading
 * segment goes only when every word of it is greeting vocabulary, and a closing one only when it is
 * a known formula ("Atentamente,", "Cordial saludo", "Gracias por su atención", "Quedo atenta a su
 * respuesta"…) and what follows it, the signature, is at most {@value #MAX_SIGNATURE_WORDS} words.
 * "Respetuosamente solicito que…" is an argument, not a sign-off, and stays. A name signed without
 * any formula stays too; the similarity absorbs it.
 */
final class Salutations {

  /**
   * Name, ID, city, role ("estudiante de ingeniería de la Universidad Nacional", Bogotá): rarely
   * more.
   */
  static final int MAX_SIGNATURE_WORDS = 20;

  private static final int MAX_GREETING_WORDS = 8;
  private static final String DELIMITERS = ".,;:!?¡¿\n";

  private static final Set<String> GREETING_WORDS =
      Set.of(
          "hola",
          "buenos",
          "buenas",
          "buen",
          "dia",
          "dias",
          "tardes",
          "noches",
          "cordial",
          "cordiales",
          "saludo",
          "saludos",
          "un",
          "muy",
          "reciba",
          "reciban",
          "estimado",
          "estimada",
          "estimados",
          "estimadas",
          "respetado",
          "respetada",
          "respetados",
          "respetadas",
          "apreciado",
          "apreciada",
          "apreciados",
          "apreciadas",
          "distinguido",
          "distinguida",
          "distinguidos",
          "distinguidas",
          "senor",
          "senora",
          "senores",
          "senoras",
          "senorita",
          "doctor",
          "doctora",
          "doctores",
          "icetex",
          "de",
          "del",
          "el",
          "la",
          "los",
          "las",
          "a",
          "y",
          "quien",
          "pueda",
          "corresponda",
          "equipo",
          "funcionarios",
          "directivos");

  /**
   * A segment of greeting vocabulary must also hold one of these ("de la" alone is no greeting).
   */
  private static final Set<String> GREETING_ANCHORS =
      Set.of(
          "hola",
          "buenos",
          "buenas",
          "buen",
          "cordial",
          "saludo",
          "saludos",
          "estimado",
          "estimada",
          "estimados",
          "estimadas",
          "respetado",
          "respetada",
          "respetados",
          "respetadas",
          "apreciado",
          "apreciada",
          "apreciados",
          "apreciadas",
          "distinguido",
          "distinguida",
          "distinguidos",
          "distinguidas",
          "senor",
          "senora",
          "senores",
          "senoras",
          "senorita",
          "corresponda");

  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?:atentamente|cordialmente|respetuosamente|afectuosamente|firma|firmado)"
              + "|(?:un )?(?:cordial(?:es)? )?saludos?(?: cordiales)?"
              + "|(?:muchas |mil )?gracias(?: de antemano)?(?: por (?:su|la) (?:atencion|respuesta|colaboracion))?"
              + "|(?:agradezco|agradecemos)(?: de antemano)? (?:su|la) (?:atencion|respuesta|colaboracion)"
              + "|(?:quedo|quedamos) atent[oa]s?(?: .*)?");

  private Salutations() {}

  /**
   * The text without its greeting and sign-off; "" when it was nothing else. Reads only both ends.
   */
  static String strip(String folded) {
    int start = afterGreeting(folded);
    int end = beforeSignOff(folded, start);
    return start < end ? folded.substring(start, end) : "";
  }

  /** Where the text begins once the segments of greeting words at its start are skipped. */
  private static int afterGreeting(String text) {
    int begin = 0;
    while (begin < text.length()) {
      int end = begin;
      while (end < text.length() && DELIMITERS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      List<String> words = words(text, begin, end);
      if (!words.isEmpty() && !isGreeting(words)) {
        return begin;
      }
      begin = end + 1;
    }
    return text.length();
  }

  /**
   * Where the sign-off begins: the earliest segment among the last {@value #MAX_SIGNATURE_WORDS}
   * words that is a closing formula ("Gracias por su atención. Atentamente, Ana" goes from
   * "Gracias").
   */
  private static int beforeSignOff(String text, int start) {
    int cut = text.length();
    int wordsAfter = 0;
    int end = text.length();
    while (end > start) {
      int begin = end;
      while (begin > start && DELIMITERS.indexOf(text.charAt(begin - 1)) < 0) {
        begin--;
      }
      List<String> words = words(text, begin, end);
      wordsAfter += words.size();
      if (wordsAfter > MAX_SIGNATURE_WORDS) {
        break;
      }
      if (!words.isEmpty() && SIGN_OFF.matcher(String.join(" ", words)).matches()) {
        cut = begin;
      }
      end = begin - 1;
    }
    return cut;
  }

  private static boolean isGreeting(List<String> words) {
    return words.size() <= MAX_GREETING_WORDS
        && GREETING_WORDS.containsAll(words)
        && words.stream().anyMatch(GREETING_ANCHORS::contains);
  }

  /** The runs of letters and digits between {@code begin} and {@code end}. */
  static List<String> words(String text, int begin, int end) {
    var words = new ArrayList<String>();
    int i = begin;
    while (i < end) {
      while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > wordStart) {
        words.add(text.substring(wordStart, i));
      }
    }
    return words;
  }
}
