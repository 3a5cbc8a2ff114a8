package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.AccountAdministration;
import co.gov.icetex.participa.staff.application.AccountAdministration.AccountForm;
import co.gov.icetex.participa.staff.application.AccountView;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.application.StaffChangeRefused;
import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One account: create it (no id) or edit its name, office and roles, and deactivate, reactivate or
 * unlock it: /admin/cuentas/cuenta.xhtml?id=N. Rules are the service's; this bean maps its refusals
 * to fields and redirects after every change.
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
  private String fullName;
  private String email;
  private Long officeId;
  private final Map<String, Boolean> roles = new LinkedHashMap<>();
  private Map<String, String> errors = Map.of();
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
      return;
    }
    fullName = current.fullName();
    email = current.email();
    officeId = current.officeId();
    current.roles().forEach(r -> roles.put(r.name(), true));
  }

  public void save() {
    var form = new AccountForm(fullName, email, officeId, chosenRoles());
    try {
      if (current == null) {
        long created = administration.create(form);
        Pages.redirect(PAGE, AdminForms.params(created, "created"));
      } else {
        administration.update(current.id(), form);
        Pages.redirect(PAGE, AdminForms.params(current.id(), "updated"));
      }
    } catch (StaffChangeRefused refused) {
      errors = refused.errors().ordered();
    }
  }

  public void deactivate() {
    change(() -> administration.deactivate(current.id()), "deactivated");
  }

  public void reactivate() {
    change(() -> administration.reactivate(current.id()), "reactivated");
  }

  public void unlock() {
    change(() -> administration.unlock(current.id()), "unlocked");
  }

  private void change(Runnable action, String notice) {
    if (current == null) {
      Pages.notFound();
      return;
    }
    try {
      action.run();
      Pages.redirect(PAGE, AdminForms.params(current.id(), notice));
    } catch (StaffChangeRefused refused) {
      errors = refused.errors().ordered();
      // the form shows the account as stored
      fullName = current.fullName();
      officeId = current.officeId();
      current.roles().forEach(r -> roles.put(r.name(), true));
    }
  }

  private Set<Role> chosenRoles() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(
        (name, on) -> {
          if (Boolean.TRUE.equals(on)) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(chosen::add);
          }
        });
    return chosen;
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

  public String error(String field) {
    return errors.get(field);
  }

  public String getGlobalError() {
    return errors.get("");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public Map<String, String> getErrors() {
    return errors;
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

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getOfficeId() {
    return officeId;
  }

  public void setOfficeId(Long officeId) {
    this.officeId = officeId;
  }

  public Map<String, Boolean> getRoles() {
    return roles;
  }
}
