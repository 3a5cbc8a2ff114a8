package co.gov.icetex.participa.devrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link PortalLauncher} ({@code mvn -Prun}) and {@link ClusterLauncher} ({@code mvn
 * -Pcluster}) read the same way: system properties set by their Maven profile, {@code PARTICIPA_*}
 * variables, and the settings they hand to the application.
 */
final class LaunchSettings {

  static final String DATABASE = "participa";

  /** System properties for the launcher itself, not passed to the application. */
  static final Set<String> LAUNCHER_PROPERTIES =
      Set.of(
          "participa.war",
          "participa.microJar",
          "participa.dataDir",
          "participa.payaraCommands",
          "participa.nginxSite",
          "participa.runDir");

  private LaunchSettings() {}

  /**
   * The application's settings: the database (embedded unless {@code PARTICIPA_DB_URL} is set),
   * demo content on, the base URL, mail to a port where nothing listens (it waits in the outbox),
   * and every {@code -Dparticipa.*} option given to Maven.
   */
  static Map<String, String> appConfig(EmbeddedMariaDb db, int publicPort) {
    Map<String, String> config = new LinkedHashMap<>();
    if (db != null) {
      config.put("participa.db.url", db.jdbcUrl(DATABASE));
      config.put("participa.db.user", "root");
      config.put("participa.db.password", "");
    }
    putDefault(config, "participa.demo", "true");
    putDefault(config, "participa.base-url", "http://localhost:" + publicPort);
    if (!configured(
        "participa.smtp.host")) { // no server there by default: mail waits in the outbox
      config.put("participa.smtp.host", "localhost");
      putDefault(config, "participa.smtp.port", "2525");
    }
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("participa.") && !LAUNCHER_PROPERTIES.contains(k))
        .forEach(k -> config.put(k, System.getProperty(k)));
    return config;
  }

  /**
   * Default for a key unless the environment (MicroProfile Config naming) or a -D option already
   * sets it.
   */
  static void putDefault(Map<String, String> config, String key, String value) {
    if (!configured(key)) {
      config.put(key, value);
    }
  }

  static boolean configured(String key) {
    String env = key.replaceAll("[^A-Za-z0-9]", "_");
    return System.getProperty(key) != null
        || System.getenv(key) != null
        || System.getenv(env) != null
        || System.getenv(env.toUpperCase()) != null;
  }

  static void say(String message) {
    System.out.println("[participa] " + message);
  }

  static String required(String property, String profile) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "falta la propiedad del sistema " + property + " (use mvn " + profile + ")");
    }
    return value;
  }

  static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no existe " + what + ": " + file);
    }
  }

  static int intEnv(String name, int defaultValue) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " no es un número: " + value);
    }
  }

  /**
   * A comma-separated list of ports from the environment, e.g. PARTICIPA_INSTANCE_PORTS=8081,8082.
   */
  static List<Integer> portsEnv(String name, List<Integer> defaultValue) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          name + " no es una lista de puertos separados por comas: " + value);
    }
  }
}
