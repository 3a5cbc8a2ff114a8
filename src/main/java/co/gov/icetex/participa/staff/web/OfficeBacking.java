package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Pages;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * One office, /admin/dependencias/dependencia.xhtml?id=N: which office the page is about. Its forms
 * have their own beans: the name ({@link OfficeRenameForm}, form {@code rename}) and the status
 * ({@link OfficeStatusForm}, form {@code status}); both redirect after a change.
 */
@Named("office")
@RequestScoped
public class OfficeBacking {

  static final String PAGE = "/admin/dependencias/dependencia.xhtml";
  private static final Set<String> NOTICES =
      Set.of("created", "renamed", "deactivated", "reactivated");

  @Inject OfficeDirectory directory;
  @Inject HttpServletRequest request;

  private Long id;
  private Office current;
  private String done;

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
    }
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
}
