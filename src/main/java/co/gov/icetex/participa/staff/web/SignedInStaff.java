package co.gov.icetex.participa.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session: the staff member's name (e-mail), the groups (roles) they were
 * granted and their account's access epoch at that moment. It is the only sign-in state kept in the
 * HTTP session, on purpose small and serializable: Payara copies it to the other instances through
 * the data grid (it is set with {@code setAttribute}, which is what the {@code modified-session}
 * replication watches), so an instance that never saw the sign-in can re-establish the caller with
 * the same roles. The container's own record of the principal does not survive that trip with its
 * groups (Payara answered 403 on the second instance).
 */
public record SignedInStaff(String name, Set<String> groups, int accessEpoch)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The session attribute that holds it. */
  static final String ATTRIBUTE = "participa.staff.signedIn";

  public SignedInStaff {
    groups = Set.copyOf(groups);
  }

  /**
   * The record of the request's session, or null when there is no session or nobody signed in on
   * it.
   */
  static SignedInStaff of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInStaff) session.getAttribute(ATTRIBUTE);
  }
}
