package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.OfficeAdministration;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.application.StaffChangeRefused;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;

/** One office: rename, deactivate or reactivate it: /admin/dependencias/dependencia.xhtml?id=N. */
@Named("office")
@RequestScoped
public class OfficeBacking {

  static final String PAGE = "/admin/dependencias/dependencia.xhtml";
  private static final Set<String> NOTICES =
      Set.of("created", "renamed", "deactivated", "reactivated");

  @Inject OfficeAdministration administration;
  @Inject OfficeDirectory directory;
  @Inject HttpServletRequest request;

  private Long id;
  private Office current;
  private String name;
  private String done;
  private Map<String, String> errors = Map.of();

  @PostConstruct
  void restoreOnPost() {
    if ("POST".equals(request.getMethod())) {
      id = AdminForms.parseId(request.getParameter("rename:id"));
      if (id == null) {
        id = AdminForms.parseId(request.getParameter("status:id"));
      }
      current = id == null ? null : directory.find(id).orElse(null);
    }
  }

  public void load() {
    current = id == null ? null : directory.find(id).orElse(null);
    if (current == null) {
      Pages.notFound();
      return;
    }
    name = current.getName();
  }

  public void rename() {
    change(() -> administration.rename(current.getId(), name), "renamed");
  }

  public void deactivate() {
    change(() -> administration.deactivate(current.getId()), "deactivated");
  }

  public void reactivate() {
    change(() -> administration.reactivate(current.getId()), "reactivated");
  }

  private void change(Runnable action, String notice) {
    if (current == null) {
      Pages.notFound();
      return;
    }
    try {
      action.run();
      Pages.redirect(PAGE, AdminForms.params(current.getId(), notice));
    } catch (StaffChangeRefused refused) {
      errors = refused.errors().ordered();
      if (name == null) {
        name = current.getName();
      }
    }
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String getGlobalError() {
    return errors.get("");
  }

  public String getNotice() {
    String key = AdminForms.doneKey("admin.office.done.", done, NOTICES);
    return key == null || current == null ? null : Messages.get(key, current.getName());
  }

  public Office getCurrent() {
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
