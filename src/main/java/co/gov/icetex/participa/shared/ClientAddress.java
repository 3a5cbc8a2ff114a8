package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * Who is sending, as far as abuse limits are concerned: one client is one IPv4 address or one IPv6
 * /64 (a single home or phone gets a whole /64 and can rotate through it at will, so counting IPv6
 * addresses one by one would be no limit at all).
 *
 * <p>Behind a reverse proxy the client's address is in {@code X-Forwarded-For}. Anyone can send
 * that header, so it is honoured only when the proxy is configured as trusted and only on requests
 * that come from one of the proxy's own addresses; the client is then the rightmost hop that is not
 * a trusted proxy. The address itself is never stored: only a keyed hash of its client prefix.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject Settings settings;
  @Inject Signer signer;

  /** The keyed hash of the sender's client prefix, for counting and limiting. */
  public String keyOf(HttpServletRequest request) {
    return signer.sign("client", clientPrefix(addressOf(request)));
  }

  /** Whether the request came through a trusted proxy (its forwarded headers may be believed). */
  public boolean viaTrustedProxy(HttpServletRequest request) {
    return settings.trustForwardedFor() && isTrustedProxy(request.getRemoteAddr());
  }

  String addressOf(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !viaTrustedProxy(request)) {
      return remote;
    }
    List<String> hops =
        Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!isTrustedProxy(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remote : hops.get(0);
  }

  private boolean isTrustedProxy(String address) {
    return settings.trustedProxies().contains(address);
  }

  /** An IPv4 address as is; an IPv6 address cut to its /64 network (IPv4-mapped ones as IPv4). */
  static String clientPrefix(String address) {
    return IpAddresses.clientPrefix(address);
  }
}
