package co.gov.icetex.participa.hearing.admin;

import co.gov.icetex.participa.hearing.application.MemoriaPublisher;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The form that publishes a (new version of the) memoria of a held hearing (form id {@code
 * memoria}).
 */
@Named("memoriaForm")
@RequestScoped
public class MemoriaPublicationBacking {

  @Inject HearingAdminBacking page;
  @Inject MemoriaPublisher memorias;

  private String summary;
  private String commitments;

  public void publish() {
    String slug = page.getHearing().getSlug();
    int[] version = new int[1];
    if (Actions.runIn(
        "memoria", () -> version[0] = memorias.publish(slug, summary, commitments), null)) {
      Actions.run(() -> {}, "hearing.admin.memoriaPublished", version[0]);
    }
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getCommitments() {
    return commitments;
  }

  public void setCommitments(String commitments) {
    this.commitments = commitments;
  }
}
