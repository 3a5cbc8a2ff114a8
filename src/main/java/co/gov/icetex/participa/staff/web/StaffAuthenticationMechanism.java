package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.staff.application.StaffSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * How staff are recognised on every request, on whichever instance it lands.
 *
 * <p>Signing in ({@link SignInBacking} calls {@code SecurityContext.authenticate} with the typed
 * credential) checks it against the identity store and keeps a {@link SignedInStaff} in the
 * session. Every later request re-establishes the caller from that record with {@code
 * notifyContainerAboutLogin}, name and groups, for that request only. Nothing depends on the
 * container remembering the principal in the session: Payara's remembered principal loses its
 * groups when the session is read on another instance of the data grid, which made a signed-in
 * person a 403 there. The record itself replicates like any other attribute, so after a failover
 * the next request finds it and the roles with it.
 *
 * <p>An anonymous request for a protected page is sent to the sign-in page, which returns there
 * after signing in (only staff pages, so the return address cannot point elsewhere).
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/ingreso";

  /** Session attribute: the staff page an anonymous request asked for, opened after signing in. */
  static final String RETURN_TO = "participa.staff.returnTo";

  private static final String STAFF_AREA = "/admin/";

  @Inject IdentityStoreHandler identityStores;
  @Inject StaffSessions sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, credential);
    }
    SignedInStaff staff = SignedInStaff.of(request);
    if (staff != null) {
      return context.notifyContainerAboutLogin(staff.name(), staff.groups());
    }
    if (context.isProtected()) {
      return sendToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result); // SEND_FAILURE: the page says it failed
    }
    String name = result.getCallerPrincipal().getName();
    OptionalInt epoch = sessions.currentEpoch(name);
    if (epoch.isEmpty()) { // deactivated between the password check and now
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    if (request.getSession(false) != null) {
      request.changeSessionId(); // a session that existed before signing in may be known to someone
      // else
    }
    request
        .getSession()
        .setAttribute(
            SignedInStaff.ATTRIBUTE,
            new SignedInStaff(name, result.getCallerGroups(), epoch.getAsInt()));
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus sendToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String signIn = request.getContextPath() + SIGN_IN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // A Faces Ajax request cannot follow a 302: tell the page to navigate instead.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if ("GET".equals(request.getMethod())) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String query = request.getQueryString();
      request.getSession().setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
    }
    return context.redirect(signIn);
  }

  /**
   * Where to go after signing in: the staff page that sent the person to sign in, once, or the
   * dashboard. Only paths of the staff area, so a crafted value cannot lead off the portal.
   */
  static String takeReturnPath(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object saved = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null && saved != null) {
      session.removeAttribute(RETURN_TO);
    }
    if (saved instanceof String path
        && path.startsWith(STAFF_AREA)
        && !path.contains("//")
        && !path.contains("\\")) {
      return path;
    }
    return STAFF_AREA;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.removeAttribute(SignedInStaff.ATTRIBUTE);
      } catch (IllegalStateException alreadyInvalidated) {
        // nothing left to forget
      }
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
