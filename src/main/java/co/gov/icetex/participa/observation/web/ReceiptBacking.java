package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.observation.application.ReceiptLinks;
import co.gov.icetex.participa.observation.application.ReceivedObservation;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation shown once an observation is committed, and the page the receipt e-mail links
 * to: the tracking code, the due date and everything that was received. Only with the code's
 * signature, which the submitter's redirect and the e-mail carry: guessing codes shows nothing.
 */
@Named("receipt")
@RequestScoped
public class ReceiptBacking {

  @Inject ObservationService observations;
  @Inject ReceiptLinks links;

  private String code;
  private String signature;
  private ReceivedObservation receipt;

  public void load() {
    receipt = links.isGenuine(code, signature) ? observations.received(code).orElse(null) : null;
    if (receipt == null) {
      Pages.notFound();
    }
  }

  public ReceivedObservation getReceipt() {
    return receipt;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }
}
