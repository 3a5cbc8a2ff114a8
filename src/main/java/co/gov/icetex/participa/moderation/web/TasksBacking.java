package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.PendingDeadlines;
import co.gov.icetex.participa.moderation.application.StaffTasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/** The dashboard's task list ({@code admin/index.xhtml}): what needs the person, with links. */
@Named("tasks")
@RequestScoped
public class TasksBacking {

  @Inject StaffTasks staffTasks;

  private StaffTasks.Tasks tasks;

  public StaffTasks.Tasks getMine() {
    if (tasks == null) {
      tasks = staffTasks.mine();
    }
    return tasks;
  }

  /** The queue's query string listing one role's task (the same filter the count used). */
  public String queryOf(StaffTasks.Task task) {
    String states =
        task.statuses().stream().map(s -> "estado=" + s).collect(Collectors.joining("&"));
    return "ver=estados&" + states + (task.office() == null ? "" : "&dependencia=" + task.office());
  }

  public int getSoonDays() {
    return PendingDeadlines.SOON_BUSINESS_DAYS;
  }
}
