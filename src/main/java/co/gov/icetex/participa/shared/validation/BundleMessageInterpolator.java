package co.gov.icetex.participa.shared.validation;

import co.gov.icetex.participa.shared.Messages;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages from the portal's one bundle: a constraint's {@code message} is a key of
 * {@code i18n/messages.properties} ({@code validation.text.required}), always in es-CO whatever the
 * request's locale. The bundle text is used as it is (write the limit into the sentence, "hasta 200
 * caracteres", as people read it). A template that is not a key (a library's constraint left with
 * its default message) goes to the provider's own interpolator, in Spanish too. Registered in
 * {@code META-INF/validation.xml}, so every validator of the application uses it, and used
 * explicitly by {@link CommandValidator}.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator fallback;

  public BundleMessageInterpolator() {
    this(Validation.byDefaultProvider().configure().getDefaultMessageInterpolator());
  }

  BundleMessageInterpolator(MessageInterpolator fallback) {
    this.fallback = fallback;
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Messages.LOCALE);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    if (!Messages.has(template)) {
      return fallback.interpolate(template, context, Messages.LOCALE);
    }
    return Messages.get(template);
  }
}
