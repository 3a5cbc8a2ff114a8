package co.gov.icetex.participa.shared.security;

/**
 * The staff roles' names as constants, for annotations and web constraints. The roles themselves
 * and what each may do are described by {@code staff.domain.Role}.
 */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String EDITOR = "EDITOR";
  public static final String MODERATOR = "MODERATOR";
  public static final String RESPONDER = "RESPONDER";
  public static final String APPROVER = "APPROVER";

  private Roles() {}
}
