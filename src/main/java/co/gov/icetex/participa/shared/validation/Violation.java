package co.gov.icetex.participa.shared.validation;

/**
 * One thing wrong with a request: the field it concerns ({@link #GLOBAL} for the request as a
 * whole), the bundle key of the rule broken, and the Spanish sentence for people.
 */
public record Violation(String field, String key, String message) {

  /** The field name of a violation about the request as a whole. */
  public static final String GLOBAL = "";

  public static Violation of(String field, String key, Object... args) {
    return new Violation(field, key, co.gov.icetex.participa.shared.Messages.get(key, args));
  }

  public boolean isGlobal() {
    return GLOBAL.equals(field);
  }
}
