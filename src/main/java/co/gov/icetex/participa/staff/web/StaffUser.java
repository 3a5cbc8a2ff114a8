package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.audit.AuditLog;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Who is signed in, for the staff pages, and signing out. */
@Named("staffUser")
@RequestScoped
public class StaffUser {

  @Inject SecurityContext security;
  @Inject AuditLog audit;

  public String getName() {
    return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
  }

  public String getRoleLabels() {
    return Arrays.stream(Role.values())
        .filter(r -> security.isCallerInRole(r.name()))
        .map(r -> Messages.get("Role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  /** For showing what a role may use; the server checks the role again on every action. */
  public boolean inRole(String role) {
    return security.isCallerInRole(role);
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Roles.ADMIN);
  }

  @Transactional
  public void signOut() throws ServletException {
    String name = getName();
    if (!name.isEmpty()) {
      audit.record(name, "SIGN_OUT", "StaffAccount", null, null, null);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
    faces.getExternalContext().invalidateSession();
    Pages.redirect("/ingreso", Map.of());
  }
}
