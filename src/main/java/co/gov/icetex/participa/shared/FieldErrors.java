package co.gov.icetex.participa.shared;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Messages about bad input, keyed by the field they concern ("" for the request as a whole). Built
 * from Bean Validation violations whose messages are bundle keys, or from rules checked by
 * services.
 *
 * <p>Being replaced by {@link co.gov.icetex.participa.shared.validation.Violations} and {@link
 * co.gov.icetex.participa.shared.validation.Refusal}; kept until the last forms move over.
 */
public final class FieldErrors {

  public static final String GLOBAL = "";

  private final Map<String, String> byField = new LinkedHashMap<>();

  public static FieldErrors of(String field, String messageKey, Object... args) {
    return new FieldErrors().add(field, messageKey, args);
  }

  public static <T> FieldErrors of(Set<ConstraintViolation<T>> violations) {
    var errors = new FieldErrors();
    // When a field breaks several rules, "it is missing" says more than "it is malformed".
    violations.stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                .thenComparing(v -> !v.getMessageTemplate().endsWith(".required")))
        .forEach(v -> errors.add(leafName(v), v.getMessage()));
    return errors;
  }

  private static String leafName(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /**
   * Adds the message for a field unless it already has one (the first rule broken is the one
   * shown).
   */
  public FieldErrors add(String field, String messageKey, Object... args) {
    byField.putIfAbsent(field, Messages.get(messageKey, args));
    return this;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> asMap() {
    return Map.copyOf(byField);
  }

  /** In the order the rules were added, for display. */
  public Map<String, String> ordered() {
    return new LinkedHashMap<>(byField);
  }

  @Override
  public String toString() {
    return byField.toString();
  }
}
