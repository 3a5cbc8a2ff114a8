package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.AccountAdministration;
import co.gov.icetex.participa.staff.application.AccountView;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One account, /admin/cuentas/cuenta.xhtml?id=N (no id: a new one): which account the page is
 * about, and what its forms offer. Each form has its own bean: the profile ({@link
 * AccountProfileForm}, form {@code acct}) and the status ({@link AccountStatusForm}, form {@code
 * status}); both redirect after a change.
 */
@Named("account")
@RequestScoped
public class AccountBacking {

  static final String PAGE = "/admin/cuentas/cuenta.xhtml";
  private static final Set<String> NOTICES =
      Set.of("created", "updated", "deactivated", "reactivated", "unlocked");

  @Inject AccountAdministration administration;
  @Inject OfficeDirectory offices;
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  private Long id;
  private AccountView current;
  private String done;

  /**
   * A post names its account in a hidden field: read it first, since what the page renders depends
   * on it.
   */
  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod())) {
      id = AdminForms.parseId(request.getParameter("acct:id"));
      if (id == null) {
        id = AdminForms.parseId(request.getParameter("status:id"));
      }
      if (id != null) {
        current = administration.find(id).orElse(null);
      }
    }
  }

  /** On GET: the account to edit (404 when there is none), or an empty form. */
  public void load() {
    if (id == null) {
      return;
    }
    current = administration.find(id).orElse(null);
    if (current == null) {
      Pages.notFound();
    }
  }

  /**
   * Active offices, plus the account's own when it was deactivated since (so the form keeps it).
   */
  public List<Office> getOffices() {
    List<Office> list = new ArrayList<>(offices.activeOffices());
    if (current != null
        && current.officeId() != null
        && list.stream().noneMatch(o -> o.getId().equals(current.officeId()))) {
      offices.find(current.officeId()).ifPresent(list::add);
    }
    return list;
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  public boolean isCreating() {
    return current == null;
  }

  /** Whether the account is the signed-in administrator's own (who cannot deactivate it). */
  public boolean isSelf() {
    return current != null
        && security.getCallerPrincipal() != null
        && current.email().equalsIgnoreCase(security.getCallerPrincipal().getName());
  }

  public String getNotice() {
    String key = AdminForms.doneKey("admin.account.done.", done, NOTICES);
    return key == null || current == null ? null : Messages.get(key, current.email());
  }

  public AccountView getCurrent() {
    return current;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
