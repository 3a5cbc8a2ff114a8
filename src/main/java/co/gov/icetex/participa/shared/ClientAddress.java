package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is sending, as far as abuse limits are concerned. Behind a load balancer the client's address is
 * the last entry the balancer appended to {@code X-Forwarded-For}; that header is honoured only when
 * configured and only on a request that comes from one of the trusted proxies, since anyone can send
 * it. The address itself is never stored: only a keyed hash.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject Settings settings;
  @Inject Signer signer;

  public String keyOf(HttpServletRequest request) {
    return signer.sign("client", addressOf(request));
  }

  String addressOf(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && settings.trustForwardedFor()
        && settings.trustedProxies().contains(request.getRemoteAddr())) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return request.getRemoteAddr();
  }
}
