package co.gov.icetex.participa.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The portal's Spanish texts, read from its bundle, so the tests expect exactly what users read.
 */
final class Bundle {

  private static final String PATH = "co/gov/icetex/participa/i18n/messages.properties";
  private static final Properties TEXTS = load();

  private Bundle() {}

  static String text(String key) {
    String text = TEXTS.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("No key " + key + " in " + PATH);
    }
    return text;
  }

  private static Properties load() {
    try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException("Bundle not on the class path: " + PATH);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
