package co.gov.icetex.participa.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy nonce of one response: issued by {@link SecurityHeadersFilter} for
 * the header, written by {@link NonceScriptWriter} on every {@code <script>} Faces renders. A page
 * kept by {@link PublicPageCache} is replayed with the header it was rendered with, so body and
 * header agree.
 */
public final class ScriptNonce {

  static final String ATTRIBUTE = ScriptNonce.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScriptNonce() {}

  static String issue(HttpServletRequest request) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    request.setAttribute(ATTRIBUTE, nonce);
    return nonce;
  }

  /** This response's nonce, or null outside a request the filter saw. */
  static String current(FacesContext context) {
    Object nonce = context.getExternalContext().getRequestMap().get(ATTRIBUTE);
    return nonce instanceof String s ? s : null;
  }
}
