package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.Assignment;
import co.gov.icetex.participa.moderation.application.ModerationService;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The queue's bulk assignment (form id {@code bulk}): the observations checked on this page, or
 * ({@code alcance=todas}) every observation the filters find, which the service reads again when
 * the action runs.
 */
@Named("bulkAssign")
@RequestScoped
public class BulkAssignBacking {

  static final String ALL_MATCHING = "todas";

  @Inject ModerationService moderation;
  @Inject QueueParams params;
  @Inject QueueBacking queue;

  private Long assignTo;

  public void assign() {
    var request = FacesContext.getCurrentInstance().getExternalContext();
    boolean all = ALL_MATCHING.equals(request.getRequestParameterMap().get("alcance"));
    String[] selected = request.getRequestParameterValuesMap().get("sel");
    List<String> codes = selected == null ? List.of() : Arrays.asList(selected);
    var done = new AtomicReference<Assignment>();
    if (Actions.run(
        () ->
            done.set(
                all
                    ? moderation.assignAllMatching(params.filter(), assignTo)
                    : moderation.assign(codes, assignTo)),
        null)) {
      Actions.info(done.get().message());
    }
    queue.load();
  }

  public Long getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(Long assignTo) {
    this.assignTo = assignTo;
  }
}
