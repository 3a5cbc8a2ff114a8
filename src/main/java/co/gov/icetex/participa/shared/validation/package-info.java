/**
 * How every form and API endpoint refuses bad input, in one way and in one language.
 *
 * <ul>
 *   <li>A command is a record whose components carry Bean Validation constraints with a bundle key
 *       as message ({@code @NotBlank(message = "validation.text.required")}). {@link
 *       co.gov.icetex.participa.shared.validation.BundleMessageInterpolator} resolves the key in
 *       the one bundle ({@code i18n/messages.properties}, es-CO), so every validator speaks the
 *       same Spanish.
 *   <li>The service validates at its boundary with {@link
 *       co.gov.icetex.participa.shared.validation.CommandValidator}, adds the rules only it can
 *       check ({@link co.gov.icetex.participa.shared.validation.Violations#add}) and throws the one
 *       refusal type, {@link co.gov.icetex.participa.shared.validation.Refusal}: field violations
 *       in the command's field order, or a message about the request as a whole, and a {@link
 *       co.gov.icetex.participa.shared.validation.Refusal.Reason} that decides the HTTP status.
 *   <li>The web tier shows a refusal with {@code shared.web.FormErrors} (Faces messages on the
 *       fields, rendered by the {@code pa:input} tag and listed by the templates' one error summary
 *       at the top of {@code <main>}); the API answers it through {@code
 *       shared.rest.ApiExceptionMapper} as an {@code ApiError} with the same sentences.
 * </ul>
 */
package co.gov.icetex.participa.shared.validation;
