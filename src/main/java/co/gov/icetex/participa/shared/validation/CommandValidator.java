package co.gov.icetex.participa.shared.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Validation at a service's boundary: a command record's constraints, checked where the service
 * decides (so it can run cheaper checks first), turned into a {@link Refusal} with the bundle's
 * Spanish sentences. The validator is configured here with {@link BundleMessageInterpolator} rather
 * than taken from the container, so the messages do not depend on how the server reads {@code
 * validation.xml}.
 *
 * <pre>{@code
 * @Inject CommandValidator validator;
 *
 * validator.check(command);                                   // refuses on any violation
 * validator.violationsOf(command)                             // or: add the service's own rules first
 *     .add("attachment", "validation.attachment.tooLarge")
 *     .throwIfAny();
 * }</pre>
 */
@ApplicationScoped
public class CommandValidator {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new BundleMessageInterpolator())
          .buildValidatorFactory();

  private final Validator validator = FACTORY.getValidator();

  /** The command's violations, to which the service may add its own rules. */
  public <T> Violations violationsOf(T command) {
    return Violations.of(command, validator.validate(command));
  }

  /** Refuses the command ({@link Refusal.Reason#INVALID}) if any of its constraints is broken. */
  public <T> void check(T command) {
    violationsOf(command).throwIfAny();
  }
}
