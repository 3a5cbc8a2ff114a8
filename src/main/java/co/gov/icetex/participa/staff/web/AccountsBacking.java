package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.staff.application.AccountAdministration;
import co.gov.icetex.participa.staff.application.AccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Administrators list staff accounts, filtered by text (GET, bookmarkable): /admin/cuentas/. */
@Named("accounts")
@RequestScoped
public class AccountsBacking {

  @Inject AccountAdministration administration;

  private String text;
  private List<AccountView> list = List.of();

  public void load() {
    list = administration.list(text);
  }

  public List<AccountView> getList() {
    return list;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
