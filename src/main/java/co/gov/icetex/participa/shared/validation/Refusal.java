package co.gov.icetex.participa.shared.validation;

import java.util.List;
import java.util.Optional;

/**
 * A request was refused and nothing of it was saved (unchecked, so it rolls back the transaction it
 * escapes from). It says why in Spanish, either field by field ({@link #violations()}, in the order
 * of the command's fields, at most one per field) or about the request as a whole, and its {@link
 * Reason} decides the HTTP status the API answers. Forms show it with {@code
 * shared.web.FormErrors}; the API with {@code shared.rest.ApiExceptionMapper}; neither needs to
 * catch anything else.
 *
 * <pre>{@code
 * throw Refusal.of(Reason.CONFLICT, "validation.consultation.notOpen", title);   // the request as a whole
 * throw Refusal.invalid("attachment", "validation.file.zipBomb");              // one field
 * validator.violationsOf(command).add("attachment", key).throwIfAny();          // fields, many rules
 * }</pre>
 */
public class Refusal extends RuntimeException {

  /** Why a request was refused, with the HTTP status the API answers. */
  public enum Reason {
    /** Bad input: field violations, or a rule about the input as a whole. */
    INVALID(422),
    /** A request that is not even well-formed, or that looks automated. */
    BAD_REQUEST(400),
    /** What the request is about does not exist (or is not published). */
    NOT_FOUND(404),
    /**
     * What the request is about is in a state that does not allow it (e.g. a closed consultation).
     */
    CONFLICT(409),
    /** The sender is over a limit. */
    TOO_MANY_REQUESTS(429);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;
  private final transient List<Violation> violations;

  public Refusal(Reason reason, List<Violation> violations) {
    super(reason + ": " + violations.stream().map(v -> v.field() + "=" + v.key()).toList());
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A refusal says what is wrong");
    }
    this.reason = reason;
    this.violations = List.copyOf(violations);
  }

  /** A refusal of the request as a whole, with one Spanish sentence. */
  public static Refusal of(Reason reason, String key, Object... args) {
    return new Refusal(reason, List.of(Violation.of(Violation.GLOBAL, key, args)));
  }

  /** Bad input in one field. */
  public static Refusal invalid(String field, String key, Object... args) {
    return new Refusal(Reason.INVALID, List.of(Violation.of(field, key, args)));
  }

  public Reason reason() {
    return reason;
  }

  /** Everything wrong, global ones first, then fields in the command's order. */
  public List<Violation> violations() {
    return violations;
  }

  /** The sentence about the request as a whole, if there is one. */
  public Optional<String> globalMessage() {
    return violations.stream().filter(Violation::isGlobal).map(Violation::message).findFirst();
  }

  /** The sentence for a field (or {@link Violation#GLOBAL}), if it has one. */
  public Optional<String> messageFor(String field) {
    return violations.stream()
        .filter(v -> v.field().equals(field))
        .map(Violation::message)
        .findFirst();
  }
}
