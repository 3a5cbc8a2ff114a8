package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Staff sign in through the portal's own page ({@code /ingreso}); pages under {@code /admin/}
 * require it (web.xml constraints) and each service checks its roles again with
 * {@code @RequiresRole}. The authentication mechanism is {@code
 * staff.web.StaffAuthenticationMechanism}, written for the portal rather than the built-in
 * custom-form one so that a session keeps its roles on every instance.
 */
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
@ApplicationScoped
public class SecurityConfiguration {}
