package co.gov.icetex.participa.alert.application;

import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The public addresses alert e-mails and feeds link to, and the signed token of a subscription's
 * management and unsubscribe links: the subscription's id with a keyed signature, so the links need
 * no stored secret, never change (an old e-mail's unsubscribe link keeps working) and open nothing
 * once the subscription is gone.
 */
@ApplicationScoped
public class AlertLinks {

  private static final String PURPOSE = "alert-manage";

  @Inject Settings settings;
  @Inject Signer signer;

  public String token(long subscriptionId) {
    return subscriptionId + "." + signer.sign(PURPOSE, Long.toString(subscriptionId));
  }

  /** The subscription a token names, when its signature holds. */
  public Optional<Long> subscriptionOf(String token) {
    if (token == null || token.length() > 60) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 1) {
      return Optional.empty();
    }
    String id = token.substring(0, dot);
    if (!id.chars().allMatch(Character::isDigit)
        || id.length() > 18
        || !signer.verify(PURPOSE, id, token.substring(dot + 1))) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(id));
  }

  String confirmation(String secret) {
    return settings.baseUrl() + "/confirmar-aviso?t=" + secret;
  }

  String manage(long subscriptionId) {
    return settings.baseUrl() + "/gestionar-avisos?s=" + token(subscriptionId);
  }

  /** The RFC 8058 one-click address: a POST to it unsubscribes, no form or session needed. */
  String unsubscribe(long subscriptionId) {
    return settings.baseUrl() + "/avisos/baja?s=" + token(subscriptionId);
  }

  public String consultation(String slug) {
    return settings.baseUrl() + "/consulta?c=" + encode(slug);
  }

  public String report(String slug, int version) {
    return settings.baseUrl() + "/informe?c=" + encode(slug) + "&version=" + version;
  }

  public String finalVersion(String slug) {
    return settings.baseUrl() + "/version-final?c=" + encode(slug);
  }

  public String home() {
    return settings.baseUrl() + "/";
  }

  public String subscribe() {
    return settings.baseUrl() + "/avisos";
  }

  public String openFeed() {
    return settings.baseUrl() + "/feeds/consultas.atom";
  }

  public String documentsFeed(String slug) {
    return settings.baseUrl() + "/feeds/consulta.atom?c=" + encode(slug);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
