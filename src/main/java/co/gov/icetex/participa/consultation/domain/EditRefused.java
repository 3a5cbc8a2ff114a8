package co.gov.icetex.participa.consultation.domain;

import java.util.Arrays;

/**
 * An editing rule refused a change: {@code field} is the form field it concerns ("" for the whole
 * form), {@code messageKey} a key of the bundle and {@code args} its arguments. Thrown before anything
 * changes, or inside the transaction that is then rolled back: a refused change leaves nothing saved.
 */
public class EditRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public EditRefused(String field, String messageKey, Object... args) {
    super(messageKey + " " + Arrays.toString(args));
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
