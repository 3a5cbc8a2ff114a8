package co.gov.icetex.participa.campaign.web;

import co.gov.icetex.participa.campaign.application.Campaigns;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The campaign list ({@code campanas.xhtml}) and one campaign ({@code campana.xhtml?id=}) with
 * split-off.
 */
@Named("campaigns")
@RequestScoped
public class CampaignsBacking {

  @Inject Campaigns campaigns;

  private Long id;
  private List<Campaigns.CampaignRow> rows;
  private Campaigns.CampaignDetail detail;

  public List<Campaigns.CampaignRow> getRows() {
    if (rows == null) {
      rows = campaigns.all();
    }
    return rows;
  }

  public Campaigns.CampaignDetail getDetail() {
    if (id == null) {
      // On a split-off post the member rows are needed while request values are applied, before the
      // view parameter is set: read the form's hidden id.
      String posted =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      id = posted == null || !posted.matches("\\d{1,18}") ? null : Long.valueOf(posted);
    }
    if (detail == null && id != null) {
      detail = campaigns.find(id).orElse(null);
    }
    return detail;
  }

  /** Splits {@code code} off the campaign; shows the campaign again, or the list if it ended. */
  public String splitOff(String code) {
    boolean[] stays = {true};
    if (!Actions.run(
        () -> stays[0] = campaigns.splitOff(id, code), "campaign.splitOff.done", code)) {
      return null;
    }
    detail = null;
    return stays[0] ? null : "campanas.xhtml?faces-redirect=true";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
