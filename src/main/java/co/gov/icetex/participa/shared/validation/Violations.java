package co.gov.icetex.participa.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with one command, gathered before refusing it: its constraint violations plus the
 * rules only the service can check. At most one message per field, the first rule broken (a missing
 * value says more than a malformed one); fields in the order the command record declares them (the
 * order of the form), then fields added by the service, in the order added.
 */
public final class Violations {

  /**
   * Constraints that say "there is nothing here": shown before any rule about the value's shape.
   */
  private static final Set<Class<? extends Annotation>> PRESENCE =
      Set.of(NotNull.class, NotBlank.class, NotEmpty.class, AssertTrue.class);

  private final List<String> declaredOrder;
  private final Map<String, Violation> byField = new LinkedHashMap<>();

  private Violations(List<String> declaredOrder) {
    this.declaredOrder = declaredOrder;
  }

  /** None yet, for a request without a command record. */
  public static Violations none() {
    return new Violations(List.of());
  }

  /** The violations of a validated command, in its declared field order. */
  public static <T> Violations of(T command, Set<ConstraintViolation<T>> violations) {
    var result = new Violations(fieldOrder(command.getClass()));
    violations.stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<T> v) -> !PRESENCE.contains(annotationOf(v))))
        .forEach(
            v ->
                result.put(
                    new Violation(
                        leafName(v.getPropertyPath()), v.getMessageTemplate(), v.getMessage())));
    return result;
  }

  private static Class<? extends Annotation> annotationOf(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getAnnotation().annotationType();
  }

  private static List<String> fieldOrder(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null
        ? List.of()
        : Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  private static String leafName(Path path) {
    String leaf = Violation.GLOBAL;
    for (Path.Node node : path) {
      if (node.getName() != null) {
        leaf = node.getName();
      }
    }
    return leaf;
  }

  /** Adds a rule the service checked, unless the field already has a message. */
  public Violations add(String field, String key, Object... args) {
    put(Violation.of(field, key, args));
    return this;
  }

  private void put(Violation violation) {
    byField.putIfAbsent(violation.field(), violation);
  }

  /** Forgets a field's violation: a rule of the command that does not apply to this request. */
  public Violations dismiss(String field) {
    byField.remove(field);
    return this;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** Global first, then declared fields in declaration order, then the others as added. */
  public List<Violation> ordered() {
    List<Violation> all = new ArrayList<>(byField.values());
    List<String> added = new ArrayList<>(byField.keySet());
    all.sort(Comparator.comparingInt(v -> rank(v, added)));
    return all;
  }

  private int rank(Violation v, List<String> added) {
    if (v.isGlobal()) {
      return -1;
    }
    int declared = declaredOrder.indexOf(v.field());
    return declared >= 0 ? declared : declaredOrder.size() + added.indexOf(v.field());
  }

  /** A refusal with these violations ({@link Refusal.Reason#INVALID}). */
  public Refusal refusal() {
    return new Refusal(Refusal.Reason.INVALID, ordered());
  }

  /** Refuses the request if anything is wrong. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw refusal();
    }
  }
}
