package co.gov.icetex.participa.finalversion.admin;

import co.gov.icetex.participa.finalversion.application.FinalPartRow;
import co.gov.icetex.participa.finalversion.application.FinalVersionEditor;
import co.gov.icetex.participa.finalversion.application.LinkOption;
import co.gov.icetex.participa.finalversion.application.LinkRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The observations that led to the change of the part being edited (form {@code links}): link one
 * more, or unlink one.
 */
@Named("finalLinkForm")
@RequestScoped
public class FinalLinkForm {

  @Inject FinalVersionBacking page;
  @Inject FinalVersionEditor editor;

  private Long observation;

  public void link() {
    FinalPartRow p = page.getEditingPart();
    if (p == null) {
      return;
    }
    var request = new LinkRequest(observation);
    if (page.attempt(
        "links",
        () -> editor.link(page.getId(), p.id(), request),
        "finalVersion.saved.linked",
        Map.of())) {
      observation = null;
    }
  }

  public void unlink(long observationId) {
    FinalPartRow p = page.getEditingPart();
    if (p != null) {
      page.attempt(
          "links",
          () -> editor.unlink(page.getId(), p.id(), observationId),
          "finalVersion.saved.unlinked",
          Map.of());
    }
  }

  /**
   * The observations that may still be linked to the part being edited: those made on that draft
   * part first, then the rest of the consultation's accepted ones.
   */
  public List<LinkOption> getCandidates() {
    FinalPartRow p = page.getEditingPart();
    if (p == null) {
      return List.of();
    }
    List<Long> linked = p.linked().stream().map(LinkOption::id).toList();
    return page.getView().candidates().stream()
        .filter(o -> !linked.contains(o.id()))
        .sorted(
            Comparator.comparing((LinkOption o) -> !Objects.equals(o.partId(), p.draftPartId()))
                .thenComparing(LinkOption::trackingCode))
        .toList();
  }

  public Long getObservation() {
    return observation;
  }

  public void setObservation(Long observation) {
    this.observation = observation;
  }
}
