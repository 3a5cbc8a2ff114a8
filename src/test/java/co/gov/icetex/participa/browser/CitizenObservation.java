package co.gov.icetex.participa.browser;

import java.nio.file.Path;
import java.util.UUID;

/**
 * What a citizen types into the observation form. {@link #unique()} gives each test its own e-mail,
 * so tests can find their own observation and mail however many ran before.
 *
 * @param stakeholderGroup an option value of the form, e.g. {@code ESTUDIANTE}
 * @param department a DIVIPOLA code, e.g. {@code 05}
 * @param attachment a file to attach, or null
 */
record CitizenObservation(
    String authorName,
    String email,
    String stakeholderGroup,
    String department,
    String text,
    boolean showName,
    Path attachment) {

  static CitizenObservation unique() {
    return new CitizenObservation(
        "Ana María Núñez Peñaloza",
        "ana+" + UUID.randomUUID() + "@example.co",
        "ESTUDIANTE",
        "05",
        "Sugiero publicar la actividad también en lengua de señas y en las sedes regionales de Medellín."
            + " ¿Habrá más plazo? <script>alert('x')</script>",
        true,
        null);
  }

  CitizenObservation withAttachment(Path file) {
    return new CitizenObservation(
        authorName, email, stakeholderGroup, department, text, showName, file);
  }
}
