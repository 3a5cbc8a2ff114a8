package co.gov.icetex.participa.shared;

/**
 * A business rule refused an action (a wrong state, a date out of range…). It carries a message key
 * of the Spanish bundle, so the page or API that called can tell the person exactly what is wrong,
 * and it rolls back the transaction it escapes from (an unchecked exception).
 */
public class RuleViolation extends RuntimeException {

  private final String key;
  private final transient Object[] args;

  public RuleViolation(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args;
  }

  public String key() {
    return key;
  }

  /** The message's arguments, e.g. to turn this into a {@code Refusal} with the same sentence. */
  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }

  /** The Spanish message for people. */
  public String message() {
    return Messages.get(key, args);
  }
}
