package co.gov.icetex.participa.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one bundle of UI texts ({@code i18n/messages*.properties}) for code outside Faces views: REST
 * error messages, e-mails. Views read the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

  public static final Locale LOCALE = Locale.forLanguageTag("es-CO");
  private static final String BUNDLE = "co.gov.icetex.participa.i18n.messages";

  private Messages() {}

  /** Whether the bundle has this key (a Bean Validation message template may be a key or not). */
  public static boolean has(String key) {
    try {
      return key != null && bundle().containsKey(key);
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, LOCALE, Messages.class.getClassLoader());
  }

  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle().getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
  }
}
