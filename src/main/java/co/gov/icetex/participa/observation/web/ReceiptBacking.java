package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.ObservationService;
import co.gov.icetex.participa.observation.application.SubmissionReceipt;
import co.gov.icetex.participa.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The confirmation shown once an observation is committed: its tracking code and what it is about. */
@Named("receipt")
@RequestScoped
public class ReceiptBacking {

  @Inject ObservationService observations;
  @Inject ReceiptLinks links;

  private String code;
  private String signature;
  private SubmissionReceipt receipt;

  public void load() {
    receipt = links.isGenuine(code, signature) ? observations.receipt(code).orElse(null) : null;
    if (receipt == null) {
      Pages.notFound();
    }
  }

  public SubmissionReceipt getReceipt() {
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
