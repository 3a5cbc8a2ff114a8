package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in through the portal's own page ({@code /ingreso}); pages under {@code /admin/} require
 * it (web.xml constraints) and each service checks its roles again with {@code @RequiresRole}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/ingreso", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
@ApplicationScoped
public class SecurityConfiguration {}
