package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.AccountAdministration;
import co.gov.icetex.participa.staff.application.AccountAdministration.AccountForm;
import co.gov.icetex.participa.staff.application.AccountView;
import co.gov.icetex.participa.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The profile of an account (form {@code acct}): creates it, with its e-mail, or changes its name,
 * office and roles. The rules are {@link AccountAdministration}'s; a refusal is shown on the
 * fields.
 */
@Named("accountForm")
@RequestScoped
public class AccountProfileForm {

  @Inject AccountBacking page;
  @Inject AccountAdministration administration;
  @Inject FormErrors formErrors;

  private String fullName;
  private String email;
  private Long office;
  private final Map<Role, Boolean> roles = new LinkedHashMap<>();

  /** The account as stored (a post then sets what was sent). */
  @PostConstruct
  void fill() {
    AccountView current = page.getCurrent();
    if (current != null) {
      fullName = current.fullName();
      email = current.email();
      office = current.officeId();
      current.roles().forEach(r -> roles.put(r, true));
    }
  }

  public void save() {
    AccountView current = page.getCurrent();
    var form = new AccountForm(fullName, email, office, chosenRoles());
    try {
      if (current == null) {
        long created = administration.create(form);
        Pages.redirect(AccountBacking.PAGE, AdminForms.params(created, "created"));
      } else {
        administration.update(current.id(), form);
        Pages.redirect(AccountBacking.PAGE, AdminForms.params(current.id(), "updated"));
      }
    } catch (Refusal refused) {
      formErrors.show("acct", refused);
    }
  }

  private Set<Role> chosenRoles() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(
        (role, on) -> {
          if (Boolean.TRUE.equals(on)) {
            chosen.add(role);
          }
        });
    return chosen;
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

  public Long getOffice() {
    return office;
  }

  public void setOffice(Long office) {
    this.office = office;
  }

  /** Whether each role is ticked, by role. */
  public Map<Role, Boolean> getRoles() {
    return roles;
  }
}
