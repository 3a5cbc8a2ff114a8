package co.gov.icetex.participa.shared.security;

/** The caller lacks the role an action requires; answered with 403 and audited by nobody. */
public class AccessDenied extends RuntimeException {
  public AccessDenied(String requiredRoles) {
    super("Requires one of " + requiredRoles);
  }
}
