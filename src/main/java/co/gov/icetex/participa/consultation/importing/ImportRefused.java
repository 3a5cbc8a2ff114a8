package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.shared.Messages;
import java.util.Arrays;

/**
 * A file could not be imported; {@code messageKey} (bundle key) and its arguments say why, in
 * Spanish.
 */
public class ImportRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public ImportRefused(String messageKey, Object... args) {
    super(messageKey + " " + Arrays.toString(args));
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  /** The Spanish sentence for people. */
  public String text() {
    return Messages.get(messageKey, args);
  }
}
