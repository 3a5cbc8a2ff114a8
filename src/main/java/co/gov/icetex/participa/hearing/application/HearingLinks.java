package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public addresses hearing e-mails link to. */
@ApplicationScoped
class HearingLinks {

  @Inject Settings settings;

  String page(Hearing hearing) {
    return settings.baseUrl() + "/audiencia?h=" + encode(hearing.getSlug());
  }

  String calendar(Hearing hearing) {
    return settings.baseUrl() + "/audiencia/calendario.ics?h=" + encode(hearing.getSlug());
  }

  /** The page where a registration ({@code "inscripcion"}) or an evaluation is confirmed. */
  String confirmation(String what, String secret) {
    return settings.baseUrl() + "/confirmar-" + what + "?t=" + secret;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
